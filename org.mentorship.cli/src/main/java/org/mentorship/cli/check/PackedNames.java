package org.mentorship.cli.check;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.naming.QualifiedName;

/**
 * The qualified names a file exports, as one string (ExportedNames): per name its number of segments, then per
 * segment its length and its characters, or the marker {@link #SAME} when the segment is the one at the same place
 * of the name before (a file's names share its id: {@code a54321}, {@code a54321.ada}, ...). A number below 254 is
 * one character, a larger one the marker 255 and its two halves, so names of Latin-1 text stay one byte a
 * character. Five names of a 60-line agreement take about 32 bytes this way (56 without the marker), against about
 * 500 as QualifiedName objects with their arrays and strings.
 */
final class PackedNames {

	private static final char SAME = 254;
	private static final char LONG = 255;

	private PackedNames() {
	}

	static String pack(List<QualifiedName> names) {
		StringBuilder packed = new StringBuilder();
		QualifiedName before = null;
		for (QualifiedName name : names) {
			number(packed, name.getSegmentCount());
			for (int s = 0; s < name.getSegmentCount(); s++) {
				String segment = name.getSegment(s);
				// a marker for one character saves nothing
				if (segment.length() > 1 && before != null && s < before.getSegmentCount()
						&& segment.equals(before.getSegment(s))) {
					packed.append(SAME);
				} else {
					number(packed, segment.length());
					packed.append(segment);
				}
			}
			before = name;
		}
		return packed.toString();
	}

	/** The name at the given index (0 for the first). */
	static QualifiedName name(String packed, int index) {
		int[] at = { 0 };
		// where each segment of the name before starts and ends in the string, for the markers
		int[] starts = new int[4];
		int[] ends = new int[4];
		for (int n = 0;; n++) {
			int count = number(packed, at);
			if (count > starts.length) {
				starts = Arrays.copyOf(starts, count);
				ends = Arrays.copyOf(ends, count);
			}
			for (int s = 0; s < count; s++) {
				if (packed.charAt(at[0]) == SAME) {
					at[0]++; // the segment's place holds the one of the name before
				} else {
					int length = number(packed, at); // read first: at[0] moves past the length
					starts[s] = at[0];
					ends[s] = at[0] + length;
					at[0] += length;
				}
			}
			if (n == index) {
				String[] segments = new String[count];
				for (int s = 0; s < count; s++) {
					segments[s] = packed.substring(starts[s], ends[s]);
				}
				return QualifiedName.create(segments);
			}
		}
	}

	private static void number(StringBuilder packed, int value) {
		if (value < SAME) {
			packed.append((char) value);
		} else {
			packed.append(LONG).append((char) (value >>> 16)).append((char) value);
		}
	}

	private static int number(String packed, int[] at) {
		char first = packed.charAt(at[0]++);
		if (first < LONG) {
			return first;
		}
		int value = packed.charAt(at[0]) << 16 | packed.charAt(at[0] + 1);
		at[0] += 2;
		return value;
	}
}
