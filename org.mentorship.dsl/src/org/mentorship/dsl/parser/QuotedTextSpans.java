package org.mentorship.dsl.parser;

import java.util.Arrays;

/**
 * The offsets and lengths of a file's quoted texts, in the order the parser made their tokens (WrittenValueNodes),
 * kept in one array as each token is made. The text rules' list cuts each text from the file's text at these offsets
 * instead of asking each token again: thousands of tokens made long before, each in memory of its own, were read once
 * more only for their offsets (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe6)").
 */
public final class QuotedTextSpans {

	/** offset, length, offset, length, ... */
	private int[] spans = new int[64];
	private int size;

	void add(int offset, int length) {
		if (2 * size + 2 > spans.length) {
			spans = Arrays.copyOf(spans, 2 * spans.length);
		}
		spans[2 * size] = offset;
		spans[2 * size + 1] = length;
		size++;
	}

	public int size() {
		return size;
	}

	/** The total offset of the index-th text's token. */
	public int offset(int index) {
		return spans[2 * index];
	}

	/** The offset just after the index-th text's token. */
	public int end(int index) {
		return spans[2 * index] + spans[2 * index + 1];
	}
}
