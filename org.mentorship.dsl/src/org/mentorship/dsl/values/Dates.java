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

	/** The date, if the text is a real calendar date written as YYYY-MM-DD. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = ISO.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
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
