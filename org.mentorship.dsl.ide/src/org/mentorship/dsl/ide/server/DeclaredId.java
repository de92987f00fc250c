package org.mentorship.dsl.ide.server;

import java.util.Locale;
import java.util.Set;

/**
 * The first segment of the id a file declares, read from its first words without parsing it: every name a file
 * exports is its document's id or starts with it (a party "ada" of agreement "ada-grace-2027" is exported as
 * "ada-grace-2027.ada"), so a file can answer a question for a name only if that name starts with this segment.
 * {@link OpenedEarly} uses it to find the few files the opened one can depend on.
 * <p>
 * It reads the file as the language's lexer would: blanks and comments, the keyword {@code agreement} or
 * {@code programme}, then a name ({@code ^} escapes a word of the language), in the text as the server decodes it
 * (without a byte order mark). Anything else at the start (a misspelt keyword, an unclosed comment, a keyword as the
 * name, no name) gives null: the
 * parser's recovery may still make a document of it, so such a file counts as one that may declare anything.
 */
public final class DeclaredId {

	private DeclaredId() {
	}

	/**
	 * The id's first segment in lower case, or null when the start of the text is not plainly a document's. The text
	 * may be the file's first part only ({@code whole} false): then an id that reaches its end may go on, and is null.
	 */
	public static String firstSegment(CharSequence text, boolean whole, Set<String> keywords) {
		int i = skipHidden(text, 0);
		if (i < 0) {
			return null;
		}
		int end = wordEnd(text, i);
		String keyword = text.subSequence(i, end).toString();
		if (!keyword.equals("agreement") && !keyword.equals("programme")) {
			return null;
		}
		i = skipHidden(text, end);
		if (i < 0) {
			return null;
		}
		boolean escaped = i < text.length() && text.charAt(i) == '^';
		int start = escaped ? i + 1 : i;
		end = wordEnd(text, start);
		if (end == start || end == text.length() && !whole) {
			return null;
		}
		String name = text.subSequence(start, end).toString();
		if (!escaped && keywords.contains(name)) {
			return null; // a word of the language is no name: the parser's recovery decides what it becomes
		}
		return name.toLowerCase(Locale.ROOT);
	}

	/** The end of the ID token (as the terminal ID, without its '^') that starts at i; i when none starts there. */
	private static int wordEnd(CharSequence text, int i) {
		if (i >= text.length() || !(letter(text.charAt(i)) || text.charAt(i) == '_')) {
			return i;
		}
		int end = i + 1;
		while (end < text.length() && (letter(text.charAt(end)) || digit(text.charAt(end)) || text.charAt(end) == '_'
				|| text.charAt(end) == '-')) {
			end++;
		}
		return end;
	}

	/** The first position at or after i that is not a blank or a comment (the grammar's hidden tokens); -1 for an unclosed comment. */
	private static int skipHidden(CharSequence text, int i) {
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				i++;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				int close = indexOf(text, "*/", i + 2);
				if (close < 0) {
					return -1;
				}
				i = close + 2;
			} else {
				return i;
			}
		}
		return i;
	}

	private static int indexOf(CharSequence text, String what, int from) {
		for (int i = from; i + what.length() <= text.length(); i++) {
			if (text.charAt(i) == what.charAt(0) && text.charAt(i + 1) == what.charAt(1)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean letter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}
}
