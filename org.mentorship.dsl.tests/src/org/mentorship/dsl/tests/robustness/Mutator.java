package org.mentorship.dsl.tests.robustness;

import java.util.List;
import java.util.Random;

/**
 * Turns a valid .mentor file into a plausible broken one, the way typing, pasting and deleting do:
 * spans deleted or duplicated, words of the language dropped in anywhere, stray characters,
 * impossible numbers and dates, lines swapped, the file cut off. Seeded, so every failure replays.
 */
final class Mutator {

	private static final String[] STRANGE = { "\"", "“", "”", "\\", "{", "}", "\u0000", "\t", "\r", "\r\n", "😀",
			"\u202e", ":", "-", ".", "/", "^", "'", "@", ",", "//", "/*", "*/", "\uFEFF", "\uD800" };
	private static final String[] NUMBERS = { "0", "-1", "99999999999999999999", "2147483648", "007", "1.5.5", "31",
			"25:99", "2027-13-45", "0000-00-00", "9999-12-31", "2027-02-29" };

	private static final String[] HOSTILE = { "<script>alert(1)</script>", "\\\"><img src=x onerror=alert(1)>",
			"x\r\nATTENDEE:mailto:evil@example.com\r\n", "a;b,c\\d", "&amp; & &lt;", "مرحبا שלום", "😀👩🏽‍💻",
			"]]><!--", "\u0007\u001b[31m", "END:VCALENDAR" };

	private final Random random;
	private final List<String> keywords;

	Mutator(long seed, List<String> keywords) {
		this.random = new Random(seed);
		this.keywords = keywords;
	}

	String mutate(String text) {
		String result = text;
		int mutations = 1 + random.nextInt(4);
		for (int i = 0; i < mutations && !result.isEmpty(); i++) {
			result = once(result);
		}
		return result;
	}

	private String once(String text) {
		int at = random.nextInt(text.length() + 1);
		switch (random.nextInt(10)) {
		case 9: // hostile text inside a quoted text: the file stays valid, the generators must cope
			int quote = text.indexOf('"', at);
			return quote < 0 ? text
					: text.substring(0, quote + 1) + HOSTILE[random.nextInt(HOSTILE.length)] + text.substring(quote + 1);
		case 0: // delete a span
			return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
		case 1: // duplicate a span
			int end = Math.min(text.length(), at + random.nextInt(200));
			return text.substring(0, end) + text.substring(at, end) + text.substring(end);
		case 2: // a word of the language, anywhere
			return text.substring(0, at) + " " + keywords.get(random.nextInt(keywords.size())) + " " + text.substring(at);
		case 3: // a stray character
			return text.substring(0, at) + STRANGE[random.nextInt(STRANGE.length)] + text.substring(at);
		case 4: // an impossible number, date or time
			return text.substring(0, at) + NUMBERS[random.nextInt(NUMBERS.length)] + text.substring(at);
		case 5: // swap two lines
			String[] lines = text.split("\n", -1);
			int a = random.nextInt(lines.length);
			int b = random.nextInt(lines.length);
			String swap = lines[a];
			lines[a] = lines[b];
			lines[b] = swap;
			return String.join("\n", lines);
		case 6: // cut off
			return text.substring(0, at);
		case 7: // a very long text or name
			return text.substring(0, at) + (random.nextBoolean() ? "x".repeat(5000) : "\"" + "y ".repeat(3000) + "\"")
					+ text.substring(at);
		default: // change the case of a word
			int stop = Math.min(text.length(), at + 8);
			return text.substring(0, at) + text.substring(at, stop).toUpperCase() + text.substring(stop);
		}
	}
}
