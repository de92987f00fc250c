package org.mentorship.dsl.values;

import java.util.Arrays;

/**
 * Line and column (both from 1) of an offset in a text whose lines end in "\n", "\r\n" or a lone "\r",
 * mixed in any way, as the Language Server Protocol counts them. Xtext's own computation
 * (InternalNodeModelUtils) throws StringIndexOutOfBoundsException for the offset at the end of a text
 * that ends in a lone "\r", which made a syntax error there vanish (issue 16).
 */
public final class LinePositions {

	/** Offsets where the lines start; the first line starts at 0. */
	private final int[] starts;
	private final int length;

	/** The text last asked about on this thread, and its lines: callers ask about one file many times. */
	private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

	/** The line positions of a text, reused while the same text (the same String) is asked about. */
	public static LinePositions of(String text) {
		Object[] last = LAST.get();
		if (last != null && last[0] == text) {
			return (LinePositions) last[1];
		}
		LinePositions lines = new LinePositions(text);
		LAST.set(new Object[] { text, lines });
		return lines;
	}

	public LinePositions(CharSequence text) {
		Starts found = new Starts(16);
		found.add(0);
		if (text instanceof String string && string.indexOf('\r') < 0) {
			// the usual file (no CR): the JDK's search finds each "\n" faster than a look at every character, which
			// was 3% of validating a 10,000-line file (JFR), all for the line of its one finding
			for (int i = string.indexOf('\n'); i >= 0; i = string.indexOf('\n', i + 1)) {
				found.add(i + 1);
			}
			this.starts = found.toArray();
			this.length = text.length();
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++; // "\r\n" is one line break
			} else if (c != '\r' && c != '\n') {
				continue;
			}
			found.add(i + 1);
		}
		this.starts = found.toArray();
		this.length = text.length();
	}

	private LinePositions(int[] starts, int length) {
		this.starts = starts;
		this.length = length;
	}

	/**
	 * The lines of {@code edited}, which is this text with {@code removed} characters at {@code offset} replaced
	 * by {@code inserted} characters: the line starts before and after the edit are copied (shifted), only the
	 * inserted text and its two borders are looked at, so a keystroke in a long file costs no scan of the file.
	 */
	public LinePositions edited(CharSequence edited, int offset, int removed, int inserted) {
		int delta = inserted - removed;
		Starts found = new Starts(starts.length + 16);
		found.add(0);
		// a start p depends only on the characters at p - 1 and p, which the edit leaves alone before offset
		int before = firstAtOrAfter(offset);
		for (int i = 1; i < before; i++) {
			found.add(starts[i]);
		}
		for (int p = Math.max(offset, 1); p <= offset + inserted; p++) {
			if (endsALine(edited, p)) {
				found.add(p);
			}
		}
		// and after the edit's end plus one only shifted
		for (int i = firstAtOrAfter(offset + removed + 1); i < starts.length; i++) {
			found.add(starts[i] + delta);
		}
		return new LinePositions(found.toArray(), edited.length());
	}

	/** Whether a line starts at {@code p}: the character before it ends a line ("\r\n" at its "\n"). */
	private static boolean endsALine(CharSequence text, int p) {
		char c = text.charAt(p - 1);
		return c == '\n' || c == '\r' && (p == text.length() || text.charAt(p) != '\n');
	}

	private int firstAtOrAfter(int offset) {
		int at = Arrays.binarySearch(starts, offset);
		return at >= 0 ? at : -(at + 1);
	}

	/** How many lines: a text ending in a line break has an empty last line. */
	public int count() {
		return starts.length;
	}

	/** The offset where a line (from 1, at most {@link #count()}) starts. */
	public int start(int line) {
		return starts[line - 1];
	}

	/** The line (from 1) of an offset; offsets outside the text count as its start or end. */
	public int line(int offset) {
		int at = Arrays.binarySearch(starts, clamp(offset));
		return at >= 0 ? at + 1 : -(at + 1);
	}

	/** The column (from 1) of an offset. */
	public int column(int offset) {
		return clamp(offset) - starts[line(offset) - 1] + 1;
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(offset, length));
	}

	/** A growing list of line starts. */
	private static final class Starts {
		private int[] values;
		private int size;

		Starts(int capacity) {
			values = new int[capacity];
		}

		void add(int start) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = start;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
