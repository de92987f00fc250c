package org.mentorship.lsp.jface.presentation;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.custom.StyleRange;

/**
 * Semantic tokens as styled offsets of the document, sorted and not overlapping. They move with the text as it is
 * edited ({@link #shift}), so that between two answers of the server they stay on their characters; and a new
 * answer is compared with them ({@link #changedSince}) so that only the region whose colours changed is styled
 * again, not the whole document.
 */
final class StyledTokens {

	static final StyledTokens NONE = new StyledTokens(0);

	private final int[] offsets;
	private final int[] lengths;
	private final TextAttribute[] styles;
	private int count;

	StyledTokens(int capacity) {
		offsets = new int[capacity];
		lengths = new int[capacity];
		styles = new TextAttribute[capacity];
	}

	void add(int offset, int length, TextAttribute style) {
		offsets[count] = offset;
		lengths[count] = length;
		styles[count] = style;
		count++;
	}

	int size() {
		return count;
	}

	/** Moves the tokens with an edit of the text: replaced {@code removed} characters at {@code at} by {@code inserted}. */
	void shift(int at, int removed, int inserted) {
		int delta = inserted - removed;
		int editEnd = at + removed;
		for (int i = Math.max(0, firstStartingFrom(at) - 1); i < count; i++) {
			int start = offsets[i];
			int end = start + lengths[i];
			if (end < at || end == at && start < at) {
				continue; // before the edit (typing right after a token does not extend it)
			}
			if (start >= editEnd) {
				offsets[i] = start + delta; // after the edit (also: text inserted right before the token)
			} else if (start < at && editEnd <= end) {
				lengths[i] += delta; // typed inside the token: it grows or shrinks
			} else if (start >= at) {
				offsets[i] = at + inserted; // its start was replaced: what is left of it
				lengths[i] = Math.max(0, end - editEnd);
			} else {
				lengths[i] = at - start; // its end was replaced
			}
		}
	}

	/** The region of the text whose styles differ between these tokens and {@code newer}'s, or null if none do. */
	IRegion changedSince(StyledTokens newer) {
		int common = Math.min(count, newer.count);
		int prefix = 0;
		while (prefix < common && same(prefix, newer, prefix)) {
			prefix++;
		}
		if (prefix == count && prefix == newer.count) {
			return null;
		}
		int suffix = 0;
		while (suffix < common - prefix && same(count - 1 - suffix, newer, newer.count - 1 - suffix)) {
			suffix++;
		}
		int from = Integer.MAX_VALUE;
		int to = Integer.MIN_VALUE;
		if (prefix < count - suffix) {
			from = offsets[prefix];
			to = end(count - 1 - suffix);
		}
		if (prefix < newer.count - suffix) {
			from = Math.min(from, newer.offsets[prefix]);
			to = Math.max(to, newer.end(newer.count - 1 - suffix));
		}
		return new Region(from, Math.max(0, to - from));
	}

	/** The style ranges of the tokens within [from, to), clipped to it. */
	void forEachIn(int from, int to, Consumer<StyleRange> action) {
		for (int i = Math.max(0, firstStartingFrom(from) - 1); i < count && offsets[i] < to; i++) {
			int start = Math.max(offsets[i], from);
			int end = Math.min(end(i), to);
			if (end > start) {
				action.accept(new StyleRange(start, end - start, styles[i].getForeground(), null, styles[i].getStyle()));
			}
		}
	}

	/** The index of the first token that starts at or after the offset (tokens are sorted). */
	private int firstStartingFrom(int offset) {
		int low = 0;
		int high = count;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (offsets[middle] < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private int end(int i) {
		return offsets[i] + lengths[i];
	}

	private boolean same(int i, StyledTokens other, int j) {
		return offsets[i] == other.offsets[j] && lengths[i] == other.lengths[j] && Objects.equals(styles[i], other.styles[j]);
	}
}
