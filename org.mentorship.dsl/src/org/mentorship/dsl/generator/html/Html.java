package org.mentorship.dsl.generator.html;

import java.util.regex.Pattern;

/**
 * Writes polyglot markup (well-formed XML that is also valid HTML5): every element is closed, void
 * elements are written as {@code <meta .../>}, attribute values are quoted. User text only ever goes
 * through {@link #escape(String)}, normalised: by {@link #text(String)} (plain) or {@link #user(String)}
 * (isolated in a {@code <bdi>}, so right-to-left names and texts do not reorder the words around them). One
 * instance writes one page; it is not shared.
 */
final class Html {

	/** Line breaks and runs of spaces in quoted text (it may run over several lines) become one space. */
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

	private final StringBuilder out = new StringBuilder(16 * 1024);

	/**
	 * The text as HTML character data or attribute value: the five markup characters are escaped, and
	 * code points that neither XML nor HTML allow in text (controls, noncharacters, lone surrogates)
	 * become U+FFFD. The only escaping function of the summary.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.appendCodePoint(allowed(c) ? c : 0xFFFD);
			}
		});
		return escaped.toString();
	}

	/** Quoted text may run over several lines: every run of whitespace becomes one space, none at the ends. */
	static String normalised(String text) {
		return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

	private static boolean allowed(int c) {
		boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
		boolean nonCharacter = c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
		boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
		return !control && !nonCharacter && !surrogate;
	}

	/** Opens an element; {@code attributes} are name/value pairs (the values are escaped). */
	Html open(String tag, String... attributes) {
		out.append('<').append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
		}
		out.append('>');
		return this;
	}

	Html close(String tag) {
		out.append("</").append(tag).append('>');
		return this;
	}

	/** A void element such as meta: {@code <meta charset="utf-8"/>}. */
	Html empty(String tag, String... attributes) {
		open(tag, attributes);
		out.setLength(out.length() - 1);
		out.append("/>");
		return this;
	}

	/** Words of the page itself (never user text): escaped all the same. */
	Html words(String words) {
		out.append(escape(words));
		return this;
	}

	/** User text, escaped, without an element around it (for title and where no isolation is needed). */
	Html text(String userText) {
		out.append(escape(normalised(userText)));
		return this;
	}

	/** User text, escaped and isolated in {@code <bdi>}: its direction is its own (Arabic, Hebrew...). */
	Html user(String userText) {
		return open("bdi").text(userText).close("bdi");
	}

	/** An element holding words of the page: {@code <th scope="col">Goal</th>}. */
	Html element(String tag, String words, String... attributes) {
		return open(tag, attributes).words(words).close(tag);
	}

	/** Markup that is a constant of this generator (the style sheet, the doctype). */
	Html constant(String markup) {
		out.append(markup);
		return this;
	}

	Html newline() {
		out.append('\n');
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
