package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;


/**
 * A line that ends before its clause does ("due" and no date), as it looks while a user types: the parser stops at
 * the next line's first word, but the message names what is missing after which word, and the error sits on that
 * word (line:column to line:column), not on the next line.
 */
class UnfinishedLinesTest extends SnippetErrors {

	private static final String START = PARTIES_IN_BERLIN;

	/** Every error but the missing sections: line:column-line:column message. */
	private String errorLines(String text) {
		return errors(text).stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + "-" + i.getLineNumberEnd() + ":" + i.getColumnEnd() + " "
						+ i.getMessage())
				.collect(Collectors.joining("\n"));
	}

	@Test
	void aDateMissingAfterDue() {
		assertEquals("6:23-6:26 A date is missing after 'due' at the end of line 6, e.g. due 2027-03-01.", errorLines(START + """
				goal g "G"
				  milestone "Ship it" due
				  milestone "Ship more" due 2027-05-01
				"""));
	}

	@Test
	void aNameMissingAfterGoalBeforeItsMilestone() {
		// the next line's clause word was taken for the goal's name: "'milestone' cannot be a name" misled
		assertEquals("5:1-5:5 A name is missing after 'goal' at the end of line 5, e.g. goal my-name.", errorLines(START + """
				goal
				  milestone "Ship it" due 2027-05-01
				"""));
	}

	@Test
	void aTimeMissingAfterAtInACheckIn() {
		// 'at' is followed by a time, a text or 'least' in the language: the parser's next token decides
		assertEquals("5:24-5:26 A time is missing after 'at' at the end of line 5, e.g. at 10:00.", errorLines(START + """
				check-in on 2027-03-01 at
				review on 2027-06-01
				"""));
	}

	@Test
	void theSameWordIsFollowedByWhatItsClauseNeeds() {
		// 'to' ends a term with a date and quiet hours with a time: the clause being read decides
		assertEquals("2:19-2:21 A date is missing after 'to' at the end of line 2, e.g. to 2027-03-01.",
				errorLines("agreement x \"X\"\n  from 2027-01-11 to\n  time zone \"Europe/Berlin\"\nmentor ada \"Ada\"\n"));
		assertEquals("6:21-6:23 A time is missing after 'to' at the end of line 6, e.g. to 10:00.", errorLines(START + """
				boundaries
				  quiet hours 19:00 to
				  reply within 2 days on "e-mail"
				"""));
	}

	@Test
	void theFileEndsAfterAWordThatNeedsMore() {
		assertEquals("5:8-5:10 The file ends too early: a date is missing after 'on', e.g. on 2027-03-01.",
				errorLines(START + "review on"));
	}

	@Test
	void aWordMissingAtTheEndOfALine() {
		// after a text: the marker on its closing quote (a text may span lines), no text quoted in the message
		assertEquals("6:21-6:22 The word 'due' is missing at the end of line 6.", errorLines(START + """
				goal g "G"
				  milestone "Ship it"
				  milestone "Ship more" due 2027-05-01
				"""));
	}

	@Test
	void aLengthMissingBeforeATextOnTheSameLine() {
		// the parser stopped at the text, where the length belongs: "a number is expected, not '"Kickoff"'" misled
		assertEquals("5:36-5:45 A length is missing after 'for', e.g. for 60 minutes.", errorLines(START + """
				kickoff on 2027-01-11 at 10:00 for "Kickoff"
				"""));
	}

	@Test
	void aMonthWithoutItsDayIsMarkedOnTheMonth() {
		assertEquals("6:27-6:36 'June 2027' names no day: write a date as year-month-day, e.g. 2027-06-01.", errorLines(START + """
				goal g "G"
				  milestone "Ship it" due June 2027
				  milestone "Ship more" due 2027-05-01
				"""));
	}

	@Test
	void aCompleteLineBeforeAMistakeIsNotBlamed() {
		// the next line's own mistake is reported there, as before
		assertEquals(false, errorLines(START + """
				goal g "G"
				  milestone "Ship it" due 2027-04-01
				  milstone "Ship more" due 2027-05-01
				""").contains("missing"));
	}
}
