package org.mentorship.dsl.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as users write them. The grammar accepts any "number-number-number" so that this class,
 * not the lexer, decides what is wrong and says it in words.
 */
public final class Dates {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private Dates() {
	}

	/**
	 * The date, if the text is a real calendar date written as YYYY-MM-DD. Read character by character, not with
	 * {@link #ISO}: every date of a file is read several times per keystroke in an editor (its format, the term,
	 * overdue milestones), and the regular expression was a tenth of the work per keystroke in a large file.
	 */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || !writtenAsIso(text)) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** What {@link #ISO} matches: four, two and two ASCII digits joined by hyphens. */
	private static boolean writtenAsIso(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = text.charAt(i);
			if (i != 4 && i != 7 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + text.charAt(i) - '0';
		}
		return value;
	}

	/** Why the text is not a date, or empty when it is one. */
	public static Optional<String> problem(String text) {
		if (text == null || parse(text).isPresent()) {
			return Optional.empty();
		}
		Matcher m = ISO.matcher(text);
		if (!m.matches()) {
			return Optional.of("'" + text + "' is not written as a date: write year-month-day with hyphens, e.g. 2027-02-01.");
		}
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return Optional.of(text + " is not a date: months go from 01 to 12.");
		}
		YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(1)), month);
		String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return Optional.of(text + " is not a date: " + name + " " + yearMonth.getYear() + " has "
				+ yearMonth.lengthOfMonth() + " days.");
	}
}
