package org.mentorship.dsl.formatting2;

/**
 * What the layout wants between two tokens (see {@link MentorFormatter}); {@link GapReplacer} renders it.
 *
 * @param kind   one space, no space, line breaks, or the start/end of the file
 * @param min    for {@link Kind#LINES}: the fewest line breaks (1 = next line, 2 = after one blank line)
 * @param max    for {@link Kind#LINES}: the most line breaks; between min and max the author's choice is kept
 * @param level  the indentation level of the line the next token is on
 */
record Gap(Kind kind, int min, int max, int level) {

	enum Kind {
		/** one space on the same line */
		SPACE,
		/** no space on the same line (before a comma) */
		NONE,
		/** the next token starts a line */
		LINES,
		/** before the first token of the file: nothing but the comments there */
		START,
		/** after the last token of the file: exactly one line break */
		END
	}

	static final Gap SPACE = new Gap(Kind.SPACE, 0, 0, 0);
	static final Gap NONE = new Gap(Kind.NONE, 0, 0, 0);
	static final Gap START = new Gap(Kind.START, 1, 2, 0);
	static final Gap END = new Gap(Kind.END, 1, 2, 0);

	static Gap lines(int min, int max, int level) {
		return new Gap(Kind.LINES, min, max, level);
	}

	/** Whether the token after this gap starts a line (and so sets the indentation of the line). */
	boolean startsLine() {
		return kind != Kind.SPACE && kind != Kind.NONE;
	}

	/** Whether blank lines may stay around the comments of this gap (between sections, at the file's ends). */
	boolean allowsBlankLines() {
		return kind == Kind.START || kind == Kind.END || (kind == Kind.LINES && max >= 2);
	}

	Gap atLevel(int newLevel) {
		return new Gap(kind, min, max, newLevel);
	}
}
