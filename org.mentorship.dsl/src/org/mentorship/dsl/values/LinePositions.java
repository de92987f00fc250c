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
		int[] found = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++; // "\r\n" is one line break
			} else if (c != '\r' && c != '\n') {
				continue;
			}
			if (count == found.length) {
				found = Arrays.copyOf(found, count * 2);
			}
			found[count++] = i + 1;
		}
		this.starts = Arrays.copyOf(found, count);
		this.length = text.length();
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
}
