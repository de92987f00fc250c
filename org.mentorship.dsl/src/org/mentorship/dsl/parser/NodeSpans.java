package org.mentorship.dsl.parser;

import java.util.Arrays;

/**
 * Where nodes the parser kept lie in the file's text (WrittenValueNodes): the offset and length of each, in the order
 * the parser made them, in one array filled as the parser makes their tokens. The rules' lists of the file's quoted
 * texts and of its dates and times cut them from the file's text at these offsets instead of asking each node again:
 * thousands of nodes made long before, each in memory of its own, were read once more only for their offsets
 * (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse", branches pipe6 and pipe7).
 */
public final class NodeSpans {

	/** offset, length, offset, length, ...; an offset of -1: not known (the node got no token). */
	private int[] spans = new int[64];
	private int size;

	/** A span of a token: its total offset and length. */
	void add(int offset, int length) {
		if (2 * size + 2 > spans.length) {
			spans = Arrays.copyOf(spans, 2 * spans.length);
		}
		spans[2 * size] = offset;
		spans[2 * size + 1] = length;
		size++;
	}

	/** A span of a composite node not known yet: its tokens follow ({@link #extendLast}). */
	void addUnknown() {
		add(-1, 0);
	}

	/** The last span grown to take in the next token of its node (tokens come in the order of the text). */
	void extendLast(int offset, int length) {
		int at = 2 * (size - 1);
		if (spans[at] < 0) {
			spans[at] = offset;
		}
		spans[at + 1] = offset + length - spans[at];
	}

	/** The last span dropped (its node left the tree). */
	void removeLast() {
		size--;
	}

	public int size() {
		return size;
	}

	/** Whether the index-th span is known: else its node must be asked. */
	public boolean known(int index) {
		return spans[2 * index] >= 0;
	}

	/** The total offset of the index-th node. */
	public int offset(int index) {
		return spans[2 * index];
	}

	/** The offset just after the index-th node. */
	public int end(int index) {
		return spans[2 * index] + spans[2 * index + 1];
	}
}
