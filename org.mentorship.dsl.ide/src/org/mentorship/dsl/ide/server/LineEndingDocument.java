package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * An open document whose lines end where the Language Server Protocol says they do: at \n, \r\n or a lone \r.
 * Xtext's Document counts only \n, so in a file with old Mac line endings (\r) every position an editor
 * sends after the first line was refused, and hover, completion and edits missed their place. Positions
 * outside the document are refused with a message that never quotes the text.
 */
public class LineEndingDocument extends Document {

	public LineEndingDocument(Integer version, String contents) {
		super(version, contents, false);
	}

	@Override
	public int getOffSet(Position position) {
		String text = getContents();
		if (position.getLine() < 0 || position.getCharacter() < 0) {
			throw outside(position);
		}
		int lineStart = 0;
		for (int line = 0; line < position.getLine(); line++) {
			int end = lineEnd(text, lineStart);
			if (end == text.length()) {
				throw outside(position);
			}
			lineStart = end + (text.startsWith("\r\n", end) ? 2 : 1);
		}
		if (position.getCharacter() > lineEnd(text, lineStart) - lineStart) {
			throw outside(position);
		}
		return lineStart + position.getCharacter();
	}

	/** Both ends counted from the start (Xtext counted the end from the start with \n only); a range ending before it starts is refused. */
	@Override
	public ITextRegion getTextRegion(Range range) {
		int start = getOffSet(range.getStart());
		int end = getOffSet(range.getEnd());
		if (end < start) {
			throw new IndexOutOfBoundsException("The range ends before it starts.");
		}
		return new TextRegion(start, end - start);
	}

	@Override
	public Position getPosition(int offset) {
		String text = getContents();
		if (offset < 0 || offset > text.length()) {
			throw new IndexOutOfBoundsException("Offset " + offset + " is outside the document (" + text.length() + " characters).");
		}
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			// \r\n is one line end: its \n ends the line
			if (c == '\n' || c == '\r' && !text.startsWith("\n", i + 1)) {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	@Override
	public int getLineCount() {
		return getPosition(getContents().length()).getLine() + 1;
	}

	@Override
	public String getLineContent(int line) {
		int start = getOffSet(new Position(line, 0));
		return getContents().substring(start, lineEnd(getContents(), start));
	}

	@Override
	public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
		LineEndingDocument document = this;
		Integer version = getVersion() == null ? null : getVersion() + 1;
		for (TextDocumentContentChangeEvent change : changes) {
			String text = change.getRange() == null ? change.getText() : document.replace(document.getTextRegion(change.getRange()), change.getText());
			document = new LineEndingDocument(version, text);
		}
		return document;
	}

	@Override
	public Document applyChanges(Iterable<? extends TextEdit> edits) {
		String text = getContents();
		List<TextEdit> all = new ArrayList<>();
		edits.forEach(all::add);
		for (TextEdit edit : all) {
			// as Xtext's Document: each edit's range is read in the text before any edit
			text = edit.getRange() == null ? edit.getNewText() : replace(text, getTextRegion(edit.getRange()), edit.getNewText());
		}
		return new LineEndingDocument(getVersion() == null ? null : getVersion() + 1, text);
	}

	private String replace(ITextRegion region, String with) {
		return replace(getContents(), region, with);
	}

	private static String replace(String text, ITextRegion region, String with) {
		return text.substring(0, region.getOffset()) + with + text.substring(region.getOffset() + region.getLength());
	}

	/** Where the line that starts at the offset ends: its \r or \n, or the end of the text. */
	private static int lineEnd(String text, int lineStart) {
		for (int i = lineStart; i < text.length(); i++) {
			if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				return i;
			}
		}
		return text.length();
	}

	private static IndexOutOfBoundsException outside(Position position) {
		return new IndexOutOfBoundsException("Position " + position.getLine() + ":" + position.getCharacter() + " is outside the document.");
	}
}
