package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.presentation.TokenStyles;

/**
 * The server's semantic tokens in a real editor (Generic Editor, fake server): colours stay on their characters while
 * the user types before the server answers, and an answer restyles only the lines whose tokens changed.
 */
public class SemanticColoursTest {

	private static final int LINES = 200;
	private static final Color VARIABLE = TokenStyles.of("variable", List.of()).getForeground();
	private static final Color KEYWORD = TokenStyles.KEYWORD.getForeground();

	@AfterEach
	void openTheGate() {
		FakeServer.semanticTokensGate.complete(null);
		FakeServer.semanticTokens = null;
	}

	@Test
	void coloursMoveWithTheTextAndAnAnswerRestylesOnlyWhatChanged() throws Exception {
		// every line "item value": the fake server marks each "item" as a variable
		IFile file = Ui.file(Ui.project("glue"), "colours.fake", "item value\n".repeat(LINES));
		FakeServer.semanticTokens = tokens(-1, 0);
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		try {
			ITextViewer viewer = editor.getAdapter(ITextViewer.class);
			IDocument document = viewer.getDocument();
			StyledText widget = viewer.getTextWidget();
			Ui.waitUntil("the server's colours", () -> VARIABLE.equals(colour(widget, line(document, 150))));

			// typing before "item" on line 50, the server not answering yet: its colour moves with it
			FakeServer.semanticTokensGate = new CompletableFuture<>();
			document.replace(line(document, 50), 0, "xx");
			Ui.dispatchFor(400); // the pause after typing: the colours are asked for again (and held)
			assertNotEquals(VARIABLE, colour(widget, line(document, 50)), "the typed characters are not the variable");
			assertEquals(VARIABLE, colour(widget, line(document, 50) + 2), "the variable moved with its text");

			// the answer: line 50's token moved (as it is shown already), line 100's is now a keyword
			List<IRegion> restyled = new CopyOnWriteArrayList<>();
			ITextPresentationListener recorder = presentation -> restyled.add(presentation.getExtent());
			((ITextViewerExtension4) viewer).addTextPresentationListener(recorder);
			FakeServer.semanticTokens = tokens(100, 2);
			FakeServer.semanticTokensGate.complete(null);
			Ui.waitUntil("line 100 as a keyword", () -> KEYWORD.equals(colour(widget, line(document, 100))));
			Ui.dispatchFor(100);
			((ITextViewerExtension4) viewer).removeTextPresentationListener(recorder);

			assertFalse(restyled.isEmpty());
			for (IRegion region : restyled) {
				int first = document.getLineOfOffset(region.getOffset());
				int last = document.getLineOfOffset(region.getOffset() + region.getLength());
				assertTrue(first >= 100 && last <= 101, "only line 100 is styled again, not lines " + first + " to " + last);
			}
			assertEquals(VARIABLE, colour(widget, line(document, 50) + 2));
			assertEquals(VARIABLE, colour(widget, line(document, 150)));
		} finally {
			Ui.page().closeEditor(editor, false);
		}
	}

	/** A variable on "item" of every line, but a keyword on line {@code keywordLine}; line 50's moved by {@code shift}. */
	private static SemanticTokens tokens(int keywordLine, int shift) {
		List<Integer> data = new ArrayList<>();
		for (int line = 0; line < LINES; line++) {
			int type = line == keywordLine ? FakeServer.TOKEN_TYPES.indexOf("keyword") : FakeServer.TOKEN_TYPES.indexOf("variable");
			data.addAll(List.of(line == 0 ? 0 : 1, line == 50 ? shift : 0, 4, type, 0));
		}
		return new SemanticTokens(data);
	}

	private static int line(IDocument document, int line) {
		try {
			return document.getLineOffset(line);
		} catch (BadLocationException e) {
			throw new AssertionError(e);
		}
	}

	private static Color colour(StyledText widget, int offset) {
		StyleRange range = widget.getStyleRangeAtOffset(offset);
		return range == null ? null : range.foreground;
	}
}
