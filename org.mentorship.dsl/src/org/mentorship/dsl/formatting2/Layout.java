package org.mentorship.dsl.formatting2;

/**
 * The layout every tool writes .mentor text in: the formatter, the quick fixes and the skeletons
 * inserted by content assist. One home, so that fixed and formatted text look the same.
 */
public final class Layout {

	/** One level of indentation: the language's style, not an editor preference. */
	public static final String INDENT = "  ";

	private Layout() {
	}

	/**
	 * The line separator to write into a file: that of its first line break ({@code \r\n} or
	 * {@code \n}), {@code \n} if it has none. A file keeps the line ends it was written with.
	 */
	public static String lineSeparatorOf(String text) {
		int newline = text.indexOf('\n');
		return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
	}

	/**
	 * Blanks as the language's WS terminal reads them (Mentor.xtext): spaces, tabs and line breaks, and the spaces word
	 * processors paste (no-break, typographic and zero-width spaces). The formatter writes plain spaces for them.
	 */
	public static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern
			.compile("[ \\t\\r\\n\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
}
