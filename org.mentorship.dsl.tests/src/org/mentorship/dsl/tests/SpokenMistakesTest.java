package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.validation.IssueData;


/**
 * Things written the way they are said aloud ("for half an hour", "on Tuesday and Thursday") and time zones written
 * as the abbreviations on clocks ("JST"): one message that says what to write, and the correction where it is certain
 * (the text a quick fix writes, and the text it replaces).
 */
class SpokenMistakesTest extends SnippetErrors {

	private static final String START = PARTIES_IN_BERLIN;

	/** Every error: line:column message [=> replacement for original]. */
	private String errorLines(String text) {
		return errors(text).stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage() + fix(i))
				.collect(Collectors.joining("\n"));
	}

	private static String fix(Issue issue) {
		if (issue.getData() == null || issue.getData().length != 2) {
			return "";
		}
		IssueData.SyntaxCorrection fix = IssueData.SyntaxCorrection.decode(List.of(issue.getData()));
		return " => " + fix.replacement() + " for " + fix.original();
	}

	@Test
	void halfAnHour() {
		assertEquals("6:34 Write a length as a number and a unit: 30 minutes. => 30 minutes for half an hour",
				errorLines(START + "cadence\n  weekly on Tuesday at 10:00 for half an hour\n"));
	}

	@Test
	void everyQuarter() {
		assertEquals("5:21 Write how often as a number and a unit: every 3 months. => 3 months for quarter",
				errorLines(START + "retrospective every quarter starting 2027-04-01\n"));
		assertEquals("5:21 Write how often as a number and a unit: every 1 month. => 1 month for month",
				errorLines(START + "retrospective every month\n"));
		// a cadence's "every week" is another slip (how often is one word there), explained as before
		assertEquals(false, errorLines(START + "cadence\n  every week on Tuesday at 10:00 for 60 minutes\n").contains("every 1 week"));
	}

	@Test
	void aMonthWithoutItsDay() {
		// two dates without a day: a message for each, saying what is missing, on the date (not on the word after it)
		assertEquals("""
				2:8 'March 2027' names no day: write a date as year-month-day, e.g. 2027-03-01.
				2:22 'August 2027' names no day: write a date as year-month-day, e.g. 2027-08-01.""",
				errorLines("agreement x \"X\"\n  from March 2027 to August 2027\n  time zone \"Europe/Berlin\"\nmentor ada \"Ada\"\n"));
		assertEquals("6:27 'June 2027' names no day: write a date as year-month-day, e.g. 2027-06-01.",
				errorLines(START + "goal g \"G\"\n  milestone \"Ship it\" due June 2027\nreview on 2027-07-01\n"));
		assertEquals("6:27 'June 2027' names no day: write a date as year-month-day, e.g. 2027-06-01.",
				errorLines(START + "goal g \"G\"\n  milestone \"Ship it\" due June 2027\n"));
	}

	@Test
	void numbersInWords() {
		assertEquals("6:20 Write the number in digits: 3. => 3 for three",
				errorLines(START + "goal g \"G\"\n  success at least three \"reviews led\"\n"));
		assertEquals("5:36 Write the number in digits, e.g. 2 hours. => 2 for two",
				errorLines(START + "kickoff on 2027-01-11 at 10:00 for two hours \"Read it together\"\n"));
	}

	@Test
	void aListOfTextsWithoutQuotes() {
		// each text of the list quoted, the commas kept between them (the fix wrote "slack," before)
		assertEquals("6:12 Text must be in double quotes here: write \"slack\", \"e-mail\". => \"slack\", \"e-mail\" for slack, e-mail",
				errorLines(START + "boundaries\n  channels slack, e-mail\n"));
	}

	@Test
	void aTimeAfterADateWithoutAt() {
		assertEquals("5:24 The word 'at' is missing before '17:30'. => at 17:30 for 17:30",
				errorLines(START + "check-in on 2027-05-20 17:30 for 60 minutes \"Half way\"\n"));
	}

	@Test
	void aDashBetweenTheTermsDates() {
		String errors = errorLines("agreement x \"X\"\n  from 2027-03-01 - 2027-08-31\n  time zone \"Europe/Berlin\"\n");
		assertEquals(true, errors.startsWith("2:19 '-' is not how a term ends here") && errors.endsWith(" => to for -"), errors);
	}

	@Test
	void anAddressInAngleBrackets() {
		assertEquals("5:25 An e-mail address is written after the word email, in double quotes: email \"sam@example.com\"."
				+ " => email \"sam@example.com\" for <sam@example.com>", errorLines(START + "mentor sam \"Sam Okafor\" <sam@example.com>\n"));
	}

	@Test
	void aReviewInAMonth() {
		assertEquals("5:8 The review is a day, written after 'on' as year-month-day, e.g. review on 2027-06-01.",
				errorLines(START + "review in June 2027\n"));
	}

	@Test
	void anHourAndAHalf() {
		assertEquals("5:36 Write a length as one amount and one unit: 90 minutes. => 90 minutes for an hour and a half",
				errorLines(START + "kickoff on 2027-01-11 at 10:00 for an hour and a half \"Read it together\"\n"));
	}

	@Test
	void oneHourAndAHalf() {
		assertEquals("5:43 Write a length as one amount and one unit: 90 minutes. => 90 minutes for 1 hour and a half",
				errorLines(START + "kickoff on 2027-01-11 at 10:00 for 1 hour and a half \"Read it together\"\n"));
	}

	@Test
	void twoWeekdaysInOneCadence() {
		assertEquals("6:21 A cadence meets on one day of the week. To meet on Tuesday and Thursday, write a second cadence"
				+ " section, e.g. cadence weekly on Thursday at 10:00 for 60 minutes.",
				errorLines(START + "cadence\n  weekly on Tuesday and Thursday at 10:00 for 60 minutes\n"));
	}

	@Test
	void aZoneAbbreviationSuggestsItsZone() {
		assertEquals("2:13 \"JST\" is not a time zone: use a name from the IANA time zone database such as \"Europe/Berlin\""
				+ " or \"America/New_York\"; did you mean \"Asia/Tokyo\"?",
				errorLines(START.replace("Europe/Berlin", "JST")));
	}

	@Test
	void aShortUnknownZoneIsNotTakenForAnotherWord() {
		assertEquals("2:13 \"XST\" is not a time zone: use a name from the IANA time zone database such as \"Europe/Berlin\""
				+ " or \"America/New_York\".", errorLines(START.replace("Europe/Berlin", "XST")));
	}

	@Test
	void aMisspeltZoneStillSuggestsTheClosest() {
		assertEquals("2:13 \"Europe/Berln\" is not a time zone: use a name from the IANA time zone database such as"
				+ " \"Europe/Berlin\" or \"America/New_York\"; did you mean \"Europe/Berlin\"?",
				errorLines(START.replace("Europe/Berlin", "Europe/Berln")));
	}
}
