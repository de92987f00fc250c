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
 * Dates as users write them. The grammar accepts any "number-number-number", and dates with the month in
 * words, so that this class, not the lexer, decides what is wrong and says it in words.
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
		if (ISO.matcher(text).matches()) {
			return Optional.of(text + " is not a date: " + notADate(text));
		}
		Optional<String> iso = isoForm(text);
		if (iso.isPresent()) {
			// "April 15, 2027", "2027-4-15": one certain reading, so the message names it (and the quick fix writes it)
			return Optional.of(parse(iso.get()).isPresent()
					? "'" + text + "' is not written as a date: write year-month-day with hyphens, " + iso.get() + "."
					: "'" + text + "' is not a date: " + notADate(iso.get()));
		}
		Optional<String[]> readings = twoReadings(text);
		if (readings.isPresent()) { // 03/04/2027: say both dates it may be, so the writer picks the one meant
			return Optional.of("'" + text + "' is not written as a date: write year-month-day with hyphens, "
					+ readings.get()[0] + " (day first, as in Europe) or " + readings.get()[1] + " (month first, as in the US).");
		}
		return Optional.of("'" + text + "' is not written as a date: write year-month-day with hyphens, e.g. 2027-02-01.");
	}

	/**
	 * Day, month and year in digits: with dots the day comes first wherever dots are written (05.03.2027); with slashes
	 * it depends on the country, unless a number over 12 can only be the day (24/02/2027, 2/24/2027) or both are equal.
	 */
	private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})");

	/** The day-first and the month-first reading of 03/04/2027, when both are dates and differ. */
	private static Optional<String[]> twoReadings(String text) {
		Matcher m = NUMBERS.matcher(text.trim());
		if (!m.matches() || !"/".equals(m.group(2))) {
			return Optional.empty();
		}
		String dayFirst = iso(m.group(4), Integer.parseInt(m.group(3)), m.group(1));
		String monthFirst = iso(m.group(4), Integer.parseInt(m.group(1)), m.group(3));
		return parse(dayFirst).isPresent() && parse(monthFirst).isPresent() && !dayFirst.equals(monthFirst)
				? Optional.of(new String[] { dayFirst, monthFirst }) : Optional.empty();
	}

	/** 05.03.2027 (day first), 24/02/2027 or 2/24/2027 (only one reading is a date), 03/03/2027: one date. */
	private static Optional<String> numbersOneWay(String text) {
		Matcher m = NUMBERS.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		int first = Integer.parseInt(m.group(1));
		int second = Integer.parseInt(m.group(3));
		if (".".equals(m.group(2)) || first > 12 || first == second) {
			return Optional.of(iso(m.group(4), second, m.group(1)));
		}
		return second > 12 ? Optional.of(iso(m.group(4), first, m.group(3))) : Optional.empty();
	}

	/** Why a date written YYYY-MM-DD does not exist. */
	private static String notADate(String iso) {
		Matcher m = ISO.matcher(iso);
		m.matches();
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return "months go from 01 to 12.";
		}
		YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(1)), month);
		String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return name + " " + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days.";
	}

	/** Year first, with one-digit month or day, or slashes: 2027-4-5, 2027/04/05. */
	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (\\p{L}+),? (\\d{4})");
	private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");

	/**
	 * The date as YYYY-MM-DD when it is written another way that can be read only one way: the month in English
	 * words ("15 April 2027", "April 15, 2027", "1st Mar 2027"), year first with short numbers (2027-4-5), day first
	 * with dots (05.03.2027), or with slashes where a number over 12 can only be the day (24/02/2027, 2/24/2027).
	 * 01/02/2027 is not: the first of February in Europe, the second of January in the US. The result may
	 * still be no date (February 30).
	 */
	public static Optional<String> isoForm(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String spaced = text.replace(",", ", ").replaceAll("\\s+", " ").replace(" ,", ",").trim().toLowerCase(Locale.ROOT);
		Matcher m = YEAR_FIRST.matcher(spaced);
		if (m.matches()) {
			return Optional.of(iso(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
		}
		Optional<String> numbers = numbersOneWay(spaced);
		if (numbers.isPresent()) {
			return numbers;
		}
		Matcher dm = DAY_MONTH_YEAR.matcher(spaced);
		if (dm.matches()) {
			return month(dm.group(2)).map(month -> iso(dm.group(3), month, dm.group(1)));
		}
		Matcher md = MONTH_DAY_YEAR.matcher(spaced);
		if (md.matches()) {
			return month(md.group(1)).map(month -> iso(md.group(3), month, md.group(2)));
		}
		return Optional.empty();
	}

	private static String iso(String year, int month, String day) {
		return String.format("%s-%02d-%02d", year, month, Integer.parseInt(day));
	}

	/**
	 * "June 2027": a month and a year only. The grammar reads it only with the day's number missing, a syntax error
	 * that says so (parser.SpokenSlips), so it is no date to explain again.
	 */
	public static boolean isMonthAndYear(String text) {
		if (text == null || !hasWhitespace(text)) {
			return false; // one word at most (almost every date, "2027-04-15"): no regular expression split
		}
		String[] words = text.trim().split("\\s+");
		return words.length == 2 && firstOfMonth(words[0], words[1]).isPresent();
	}

	/** Whether the text holds one of the characters of the regular expressions' \s. */
	private static boolean hasWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	/** "March", "2027": the first day of that month as year-month-day (2027-03-01); none if the word is no month. */
	public static Optional<String> firstOfMonth(String monthWord, String year) {
		if (!year.matches("\\d{4}")) {
			return Optional.empty();
		}
		return month(monthWord.toLowerCase(Locale.ROOT)).map(month -> iso(year, month, "1"));
	}

	/** The month of an English month name, whole or the first three letters ("sept" too). */
	private static Optional<Integer> month(String word) {
		for (Month month : Month.values()) {
			String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (name.equals(word) || word.length() >= 3 && name.startsWith(word)) {
				return Optional.of(month.getValue());
			}
		}
		return Optional.empty();
	}
}
