package org.mentorship.dsl.generator.ics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5545 (3.1) limits content lines to 75 octets. ical4j folds its output after 73 characters,
 * which is the same for ASCII, but a line with accented letters, typographic quotes or emoji can then
 * be longer than 75 octets in UTF-8. This re-folds only such content lines, at 75 octets and never
 * inside a character; every other line stays exactly as ical4j wrote it. Nothing but the position of
 * the folds changes: unfolding the result gives the same content lines.
 */
final class OctetFolding {

	static final int MAX_OCTETS = 75;
	private static final String CRLF = "\r\n";

	private OctetFolding() {
	}

	static String refold(String ics) {
		List<List<String>> contentLines = new ArrayList<>();
		for (String physical : ics.split(CRLF, -1)) {
			boolean continuation = !physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t');
			if (continuation && !contentLines.isEmpty()) {
				contentLines.get(contentLines.size() - 1).add(physical);
			} else {
				contentLines.add(new ArrayList<>(List.of(physical)));
			}
		}
		StringBuilder out = new StringBuilder(ics.length() + 64);
		for (int i = 0; i < contentLines.size(); i++) {
			List<String> physicals = contentLines.get(i);
			if (physicals.stream().anyMatch(p -> octets(p) > MAX_OCTETS)) {
				fold(unfold(physicals), out);
			} else {
				out.append(String.join(CRLF, physicals));
			}
			if (i < contentLines.size() - 1) {
				out.append(CRLF);
			}
		}
		return out.toString();
	}

	private static String unfold(List<String> physicals) {
		StringBuilder line = new StringBuilder(physicals.get(0));
		for (String continuation : physicals.subList(1, physicals.size())) {
			line.append(continuation, 1, continuation.length());
		}
		return line.toString();
	}

	/** Writes the content line in pieces of at most 75 octets; each continuation starts with a space. */
	private static void fold(String line, StringBuilder out) {
		int used = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Length(codePoint);
			if (used + size > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				used = 1;
			}
			out.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
	}

	static int octets(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}
}
