package org.mentorship.cli.check;

import java.util.List;

import org.eclipse.xtext.naming.QualifiedName;

/**
 * The qualified names a file exports, as one string (ExportedNames): per name its number of segments, then per
 * segment its length and its characters. A number below 255 is one character, a larger one the marker 255 and its
 * two halves, so names of Latin-1 text stay one byte a character. Five names of a 60-line agreement take about 70
 * bytes this way, against about 500 as QualifiedName objects with their arrays and strings.
 */
final class PackedNames {

	private static final char LONG = 255;

	private PackedNames() {
	}

	static String pack(List<QualifiedName> names) {
		StringBuilder packed = new StringBuilder();
		for (QualifiedName name : names) {
			number(packed, name.getSegmentCount());
			for (String segment : name.getSegments()) {
				number(packed, segment.length());
				packed.append(segment);
			}
		}
		return packed.toString();
	}

	/** The name at the given index (0 for the first). */
	static QualifiedName name(String packed, int index) {
		int[] at = { 0 };
		for (int skipped = 0; skipped < index; skipped++) {
			int segments = number(packed, at);
			for (int s = 0; s < segments; s++) {
				int length = number(packed, at); // read first: at[0] moves past the length
				at[0] += length;
			}
		}
		String[] segments = new String[number(packed, at)];
		for (int s = 0; s < segments.length; s++) {
			int length = number(packed, at);
			segments[s] = packed.substring(at[0], at[0] + length);
			at[0] += length;
		}
		return QualifiedName.create(segments);
	}

	private static void number(StringBuilder packed, int value) {
		if (value < LONG) {
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
