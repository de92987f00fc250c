package org.mentorship.dsl.values;

/**
 * The one region where two versions of a text differ: {@code [start, oldEnd)} of the old text became
 * {@code [start, newEnd)} of the new. For the usual keystroke or paste it is the edit itself; for several edits
 * at once, one region from the first to the last. Found by comparing the common start and the common end, so
 * any editor's change (incremental or the whole text) gives the same answer.
 */
public record TextDifference(int start, int oldEnd, int newEnd) {

	public static TextDifference between(String before, String after) {
		int limit = Math.min(before.length(), after.length());
		int start = 0;
		while (start < limit && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < limit - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		return new TextDifference(start, before.length() - end, after.length() - end);
	}

	/** How far text after the region moved. */
	public int shift() {
		return newEnd - oldEnd;
	}

	public int removed() {
		return oldEnd - start;
	}
}
