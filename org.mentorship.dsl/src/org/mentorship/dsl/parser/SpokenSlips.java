package org.mentorship.dsl.parser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.mentorship.dsl.values.Dates;

/**
 * Things said the way one says them aloud: "for half an hour", "for an hour and a half", "weekly on Tuesday and
 * Thursday", "every quarter", "from March 2027", "quiet hours after 20:00", "review in June 2027". Each gets a
 * sentence that says what to write instead and, where one correction is certain, the replacement and the text it
 * replaces (as {@link NotationSlips} does).
 */
final class SpokenSlips {

	private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
			"Sunday");

	private SpokenSlips() {
	}

	/** The slip at the error's token, if it is one of these. */
	static Optional<NotationSlips.Found> find(RecognitionException e, String found) {
		return halfAnHour(e, found).or(() -> anHourAndAHalf(e, found)).or(() -> twoWeekdays(e, found))
				.or(() -> everyPeriod(e, found)).or(() -> monthAndYear(e)).or(() -> quietHoursInWords(e, found))
				.or(() -> reviewInAMonth(e, found));
	}

	/** "review in June 2027": the review is a day, written after 'on'. */
	private static Optional<NotationSlips.Found> reviewInAMonth(RecognitionException e, String found) {
		Token review = TokenNeighbours.previousWord(e, 1);
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 2);
		if (review == null || !"review".equals(review.getText()) || !Set.of("in", "by", "before", "around", "during")
				.contains(found.toLowerCase(Locale.ROOT)) || next.size() < 2) {
			return Optional.empty();
		}
		return Dates.firstOfMonth(next.get(0).getText(), next.get(1).getText()).map(first -> NotationSlips.Found.withoutFix(
				"The review is a day, written after 'on' as year-month-day, e.g. review on " + first + "."));
	}

	/** "quiet hours after 20:00", "quiet hours from 20:00 to 08:00": quiet hours are a range of two times. */
	private static Optional<NotationSlips.Found> quietHoursInWords(RecognitionException e, String found) {
		Token hours = TokenNeighbours.previousWord(e, 1);
		Token quiet = TokenNeighbours.previousWord(e, 2);
		if (hours == null || quiet == null || !"hours".equals(hours.getText()) || !"quiet".equals(quiet.getText())
				|| found.isEmpty() || !Character.isLetter(found.charAt(0))) {
			return Optional.empty();
		}
		return Optional.of(NotationSlips.Found.withoutFix("Write quiet hours as the time they start and the time they"
				+ " end, e.g. quiet hours 20:00 to 08:00 (add 'and weekends' for whole weekends)."));
	}

	/**
	 * "from March 2027 to August 2027": a month without its day. The parser read the month and the year as the start
	 * of a date written in words and stopped at the word after them; the date needs a day.
	 */
	static Optional<NotationSlips.Found> monthAndYear(RecognitionException e) {
		Token year = TokenNeighbours.previousWord(e, 1);
		Token month = TokenNeighbours.previousWord(e, 2);
		if (year == null || month == null) {
			return Optional.empty();
		}
		return Dates.firstOfMonth(month.getText(), year.getText()).map(first -> NotationSlips.Found.withoutFix("'"
				+ month.getText() + " " + year.getText() + "' names no day: write a date as year-month-day, e.g. " + first + ".")
				.placedAt(month, year)); // the parser stops at the word after them, maybe on the next line
	}

	/** A period named in one word, and the length it is. */
	private static final java.util.Map<String, String> PERIODS = java.util.Map.of("quarter", "3 months", "fortnight",
			"2 weeks", "year", "12 months", "month", "1 month", "week", "1 week");

	/**
	 * "retrospective every quarter", "every month": the parser took 'every' (so a length follows, not a cadence's
	 * "every week", which fails at 'every' itself) and wants a number.
	 */
	private static Optional<NotationSlips.Found> everyPeriod(RecognitionException e, String found) {
		Token before = TokenNeighbours.previousWord(e, 1);
		String length = PERIODS.get(found.toLowerCase(Locale.ROOT));
		if (length == null || before == null || !"every".equals(before.getText())) {
			return Optional.empty();
		}
		return fix("Write how often as a number and a unit: every " + length + ".", length, e.token, e.token);
	}

	/** "for half an hour": 30 minutes. */
	private static Optional<NotationSlips.Found> halfAnHour(RecognitionException e, String found) {
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 2);
		if (!"half".equalsIgnoreCase(found) || next.size() < 2 || !isA(next.get(0)) || !"hour".equals(next.get(1).getText())) {
			return Optional.empty();
		}
		return fix("Write a length as a number and a unit: 30 minutes.", "30 minutes", e.token, next.get(1));
	}

	/** "for an hour and a half", "for 1 hour and a half": 90 minutes, wherever the parser stopped in it. */
	private static Optional<NotationSlips.Found> anHourAndAHalf(RecognitionException e, String found) {
		Token first = e.token;
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 4);
		if ("and".equals(found)) { // "1 hour" was read as a length: the parser stopped at "and"
			Token hour = TokenNeighbours.previousWord(e, 1);
			first = TokenNeighbours.previousWord(e, 2);
			if (hour == null || first == null || !"hour".equals(hour.getText()) || next.size() < 2) {
				return Optional.empty();
			}
			next = List.of(hour, e.token, next.get(0), next.get(1));
		}
		boolean one = isA(first) || Set.of("one", "1").contains(first.getText().toLowerCase(Locale.ROOT));
		if (!one || next.size() < 4 || !"hour".equals(next.get(0).getText()) || !"and".equals(next.get(1).getText())
				|| !isA(next.get(2)) || !"half".equals(next.get(3).getText())) {
			return Optional.empty();
		}
		return fix("Write a length as one amount and one unit: 90 minutes.", "90 minutes", first, next.get(3));
	}

	/** "weekly on Tuesday and Thursday": a cadence meets on one day; a second day is a second cadence. */
	private static Optional<NotationSlips.Found> twoWeekdays(RecognitionException e, String found) {
		Token before = TokenNeighbours.previousWord(e, 1);
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 1);
		if (!Set.of("and", ",", "&", "/").contains(found) || before == null || !WEEKDAYS.contains(before.getText())
				|| next.isEmpty() || !WEEKDAYS.contains(next.get(0).getText())) {
			return Optional.empty();
		}
		return Optional.of(NotationSlips.Found.withoutFix("A cadence meets on one day of the week. To meet on "
				+ before.getText() + " and " + next.get(0).getText() + ", write a second cadence section, e.g. cadence"
				+ " weekly on " + next.get(0).getText() + " at 10:00 for 60 minutes."));
	}

	private static boolean isA(Token token) {
		return Set.of("a", "an").contains(token.getText().toLowerCase(Locale.ROOT));
	}

	private static Optional<NotationSlips.Found> fix(String message, String replacement, Token first, Token last) {
		if (!(first instanceof CommonToken f) || !(last instanceof CommonToken l) || f.getInputStream() == null) {
			return Optional.of(NotationSlips.Found.withoutFix(message));
		}
		return Optional.of(new NotationSlips.Found(message, replacement, f.getInputStream().substring(f.getStartIndex(), l.getStopIndex())));
	}
}
