package org.mentorship.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.mentorship.dsl.values.LinePositions;

/**
 * An open document whose lines end where the Language Server Protocol says: at "\n", "\r\n" or a lone "\r".
 * Xtext's Document counts only "\n", so with old Mac line endings every position after the first line was
 * refused or wrong (hover empty, edits applied elsewhere). Xtext also walks the text from its start for every
 * position; here the line starts are found once per version ({@link LinePositions}, lazily, then kept: a
 * Document never changes, each edit makes a new one), a position is a look-up and an offset a binary search,
 * and an edit carries the line starts over to the new version instead of scanning it again.
 */
public class LineEndingDocument extends Document {

	/** Null until a position is first asked for (many versions are only parsed, never asked about). */
	private volatile LinePositions lines;

	/** The text never goes into an exception message (so never into a log): the document may be confidential. */
	public LineEndingDocument(Integer version, String contents) {
		this(version, contents, null);
	}

	private LineEndingDocument(Integer version, String contents, LinePositions lines) {
		super(version, contents, false);
		this.lines = lines;
	}

	private LinePositions lines() {
		LinePositions known = lines;
		if (known == null) {
			// two threads may both compute it: the same immutable result, so no lock
			known = new LinePositions(getContents());
			lines = known;
		}
		return known;
	}

	/**
	 * The offset of a position; a character past its line's text is refused, except between the "\r" and the
	 * "\n" of a "\r\n", which Xtext accepted and {@link #getPosition} gives for that offset.
	 */
	@Override
	public int getOffSet(Position position) {
		LinePositions known = lines();
		int line = position.getLine();
		int character = position.getCharacter();
		if (line < 0 || line >= known.count() || character < 0) {
			throw outside(position);
		}
		int start = known.start(line + 1);
		int last = line + 1 < known.count() ? known.start(line + 2) - 1 : getContents().length();
		if (character > last - start) {
			throw outside(position);
		}
		return start + character;
	}

	@Override
	public Position getPosition(int offset) {
		if (offset < 0 || offset > getContents().length()) {
			throw new IndexOutOfBoundsException("Offset " + offset + " is outside the document (" + getContents().length() + " characters).");
		}
		LinePositions known = lines();
		int line = known.line(offset);
		return new Position(line - 1, offset - known.start(line));
	}

	/** A range ending before it starts is refused (as Xtext, which looked for its end after its start). */
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
	public int getLineCount() {
		return lines().count();
	}

	/** The text of a line (from 0) without its line break. */
	@Override
	public String getLineContent(int line) {
		int start = getOffSet(new Position(line, 0));
		String text = getContents();
		int end = line + 1 < lines().count() ? lines().start(line + 2) - 1 : text.length();
		if (end > start && text.charAt(end - 1) == '\r' && end < text.length() && text.charAt(end) == '\n') {
			end--; // the "\r" of a "\r\n"
		}
		return text.substring(start, end);
	}

	/** Each change's range is read in the text the changes before it made (as LSP and Xtext say). */
	@Override
	public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
		LineEndingDocument document = this;
		Integer version = getVersion() == null ? null : getVersion() + 1;
		for (TextDocumentContentChangeEvent change : changes) {
			if (change.getRange() == null) {
				document = new LineEndingDocument(version, change.getText());
			} else {
				ITextRegion region = document.getTextRegion(change.getRange());
				String text = replace(document.getContents(), region, change.getText());
				document = new LineEndingDocument(version, text,
						document.lines().edited(text, region.getOffset(), region.getLength(), change.getText().length()));
			}
		}
		return document;
	}

	/** As Xtext's (which made a Document counting "\n" only): every edit's range is read in this text. */
	@Override
	public Document applyChanges(Iterable<? extends TextEdit> edits) {
		String text = getContents();
		for (TextEdit edit : edits) {
			text = edit.getRange() == null ? edit.getNewText() : replace(text, getTextRegion(edit.getRange()), edit.getNewText());
		}
		return new LineEndingDocument(getVersion() == null ? null : getVersion() + 1, text);
	}

	private static String replace(String text, ITextRegion region, String with) {
		return text.substring(0, region.getOffset()) + with + text.substring(region.getEndOffset());
	}

	private static IndexOutOfBoundsException outside(Position position) {
		return new IndexOutOfBoundsException("Position " + position.getLine() + ":" + position.getCharacter() + " is outside the document.");
	}
}
