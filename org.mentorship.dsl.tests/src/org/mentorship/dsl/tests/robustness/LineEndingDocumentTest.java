package org.mentorship.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.server.LineEndingDocument;

/**
 * Issue 16: the server's document maps positions with "\n", "\r\n" and a lone "\r" as line ends, also after
 * incremental edits, whose line starts are carried over from the version before instead of found again.
 * Checked against a plain walk over the text (the LSP rule) on random texts and random edits.
 */
class LineEndingDocumentTest {

	/** The position of an offset by walking the text: "\r\n" ends a line at its "\n". */
	private static Position walk(String text, int offset) {
		int line = 0;
		int character = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			boolean ends = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
			line = ends ? line + 1 : line;
			character = ends ? 0 : character + 1;
		}
		return new Position(line, character);
	}

	private static String randomText(Random random, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			text.append("ab\r\n".charAt(random.nextInt(4)));
		}
		return text.toString();
	}

	private static void assertMapsLikeTheWalk(String text, Document document) {
		assertEquals(text, document.getContents());
		for (int offset = 0; offset <= text.length(); offset++) {
			Position expected = walk(text, offset);
			assertEquals(expected, document.getPosition(offset), () -> "position in " + escaped(text));
			assertEquals(offset, document.getOffSet(expected), () -> "offset in " + escaped(text));
		}
		assertEquals(walk(text, text.length()).getLine() + 1, document.getLineCount(), () -> "lines of " + escaped(text));
	}

	@Test
	void randomEditsKeepPositionsRight() {
		Random random = new Random(16);
		for (int round = 0; round < 300; round++) {
			String text = randomText(random, 30);
			Document document = new LineEndingDocument(1, text);
			assertMapsLikeTheWalk(text, document);
			for (int edit = 0; edit < 5; edit++) {
				int start = random.nextInt(text.length() + 1);
				int end = start + random.nextInt(text.length() - start + 1);
				String inserted = randomText(random, 4);
				Range range = new Range(walk(text, start), walk(text, end));
				text = text.substring(0, start) + inserted + text.substring(end);
				document = document.applyTextDocumentChanges(List.of(new TextDocumentContentChangeEvent(range, inserted)));
				assertMapsLikeTheWalk(text, document);
			}
		}
	}

	@Test
	void anEditAcrossACrLfAndChangesReadInTurn() {
		Document document = new LineEndingDocument(3, "ab\r\ncd\ref");
		// "b\r\nc" becomes "X", then "Xd\re" (positions of the text after the first change) becomes "\r"
		Document edited = document.applyTextDocumentChanges(List.of(
				new TextDocumentContentChangeEvent(new Range(new Position(0, 1), new Position(1, 1)), "X"),
				new TextDocumentContentChangeEvent(new Range(new Position(0, 1), new Position(1, 1)), "\r")));
		assertEquals("a\rf", edited.getContents());
		assertEquals(4, edited.getVersion());
		assertEquals(new Position(1, 1), edited.getPosition(3));
		// a "\n" typed after a lone "\r" makes one line end of the two
		Document joined = new LineEndingDocument(1, "a\rb").applyTextDocumentChanges(
				List.of(new TextDocumentContentChangeEvent(new Range(new Position(1, 0), new Position(1, 0)), "\n")));
		assertEquals(2, joined.getLineCount());
		assertEquals(new Position(1, 0), joined.getPosition(3));
	}

	@Test
	void linesWithoutTheirLineEnd() {
		Document document = new LineEndingDocument(1, "ab\r\ncd\ref\ngh\r");
		assertEquals(List.of("ab", "cd", "ef", "gh", ""), List.of(document.getLineContent(0), document.getLineContent(1),
				document.getLineContent(2), document.getLineContent(3), document.getLineContent(4)));
		assertEquals("b\r\nc", document.getSubstring(new Range(new Position(0, 1), new Position(1, 1))));
	}

	@Test
	void positionsOutsideAreRefusedWithoutTheText() {
		Document document = new LineEndingDocument(1, "secret\rline");
		for (Position outside : List.of(new Position(2, 0), new Position(0, 7), new Position(-1, 0), new Position(0, -1),
				new Position(1, 5), new Position(Integer.MAX_VALUE, 0))) {
			IndexOutOfBoundsException refused = assertThrows(IndexOutOfBoundsException.class, () -> document.getOffSet(outside));
			assertEquals(-1, refused.getMessage().indexOf("secret"), refused.getMessage());
		}
		assertThrows(IndexOutOfBoundsException.class, () -> document.getPosition(12));
		assertThrows(IndexOutOfBoundsException.class, () -> document.getLineContent(2));
		assertThrows(IndexOutOfBoundsException.class,
				() -> document.getTextRegion(new Range(new Position(1, 2), new Position(0, 1))));
	}

	private static String escaped(String text) {
		return text.replace("\r", "\\r").replace("\n", "\\n");
	}
}
