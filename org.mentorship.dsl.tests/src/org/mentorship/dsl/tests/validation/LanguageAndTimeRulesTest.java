package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Plain language, printed length, names, time zones and daylight-saving days. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class LanguageAndTimeRulesTest {

	private static final String PURPOSE = "purpose \"Grace wants to lead design reviews.\"";

	@Inject
	private RuleFixture fixture;

	@Test
	void jargonGetsAPlainerWord() {
		String text = change(BASE, PURPOSE, "purpose \"We will Leverage the reviews and circle back.\"");
		var issues = fixture.issues(text);
		assertEquals(2, issues.stream().filter(i -> IssueCodes.JARGON.equals(i.getCode())).count());
		Issue leverage = issues.stream().filter(i -> "Leverage".equals(i.getData()[0])).findFirst().get();
		assertEquals(INFO, leverage.getSeverity());
		assertEquals(text.indexOf("Leverage"), leverage.getOffset());
		assertEquals(8, leverage.getLength());
		assertArrayEquals(new String[] { "Leverage", "use" }, leverage.getData());
		assertEquals("\"Leverage\" is jargon: say \"use\" instead.", leverage.getMessage());
		// a word that merely contains a jargon word is fine
		fixture.assertNoIssue(change(BASE, PURPOSE, "purpose \"Leveraged buyouts are not our topic.\""),
				IssueCodes.JARGON);
	}

	@Test
	void longSentence() {
		String thirty = "word ".repeat(29) + "end.";
		fixture.assertNoIssue(change(BASE, PURPOSE, "purpose \"" + thirty + " Short one.\""), IssueCodes.LONG_SENTENCE);
		Issue issue = fixture.assertIssue(change(BASE, PURPOSE, "purpose \"" + "word " + thirty + "\""),
				IssueCodes.LONG_SENTENCE, INFO, "\"word");
		assertEquals("31", issue.getData()[0]);
	}

	@Test
	void overTwoPages() {
		String risks = ("risk \"" + "A long risk description that takes most of a printed line on its own. ".repeat(2)
				+ "\" mitigation \"talk\"\n").repeat(60);
		Issue issue = fixture.assertIssue(BASE + risks, IssueCodes.TOO_LONG, WARNING, "a-b");
		assertEquals("Agreement 'a-b' would print on about " + issue.getData()[0] + " pages: keep it to two by shortening"
				+ " texts or moving detail to the notes.", issue.getMessage());
		fixture.assertNoIssue(BASE + risks.substring(0, risks.length() / 4), IssueCodes.TOO_LONG);
	}

	/** A run of spaces, tabs or line breaks inside a text prints as one space: the estimate counts it so. */
	@Test
	void overTwoPagesCountsARunOfWhitespaceAsOneSpace() {
		String sentence = "A long risk description that takes most of a printed line on its own. ";
		String single = ("risk \"" + sentence.repeat(2) + "\" mitigation \"talk\"\n").repeat(60);
		String runs = ("risk \"" + sentence.replace(" a ", "  a\t").replace("line ", "line\n    ").repeat(2)
				+ "\" mitigation \"talk  it\r\n\fover\"\n").repeat(60);
		String pages = fixture.assertIssue(BASE + single, IssueCodes.TOO_LONG, WARNING, "a-b").getData()[0];
		String mitigationTwoWords = single.replace("\"talk\"", "\"talk it over\"");
		assertEquals(fixture.assertIssue(BASE + mitigationTwoWords, IssueCodes.TOO_LONG, WARNING, "a-b").getData()[0],
				fixture.assertIssue(BASE + runs, IssueCodes.TOO_LONG, WARNING, "a-b").getData()[0]);
		// each text is rounded up to whole lines of 105 characters: this one grows from two lines to three
		String longer = single.replace("its own", "its own and then a few more words to fill the rest of the line");
		assertNotEquals(pages, fixture.assertIssue(BASE + longer, IssueCodes.TOO_LONG, WARNING, "a-b").getData()[0]);
	}

	@Test
	void unknownTimeZoneSuggestsTheClosest() {
		Issue issue = fixture.assertIssue(change(BASE, "Europe/Berlin", "Europe/Berln"), IssueCodes.UNKNOWN_TIME_ZONE,
				ERROR, "\"Europe/Berln\"");
		assertArrayEquals(new String[] { "Europe/Berlin" }, issue.getData());
		fixture.assertNoIssue(change(BASE, "Europe/Berlin", "America/New_York"), IssueCodes.UNKNOWN_TIME_ZONE);
		Issue nothingClose = fixture.assertIssue(change(BASE, "Europe/Berlin", "Moon base"), IssueCodes.UNKNOWN_TIME_ZONE,
				ERROR, "\"Moon base\"");
		assertArrayEquals(new String[] { "" }, nothingClose.getData());
	}

	@Test
	void aFixedOffsetIsNoTimeZone() {
		// "UTC+1" and "+05:30" were accepted without a word, and the calendar then had floating times (ical4j ships
		// no definition for them): every reader showed the meetings in its own zone
		for (String offset : List.of("UTC+1", "+05:30", "GMT-3", "UTC+05:30")) {
			Issue issue = fixture.assertIssue(change(BASE, "Europe/Berlin", offset), IssueCodes.UNKNOWN_TIME_ZONE, ERROR,
					"\"" + offset + "\"");
			assertTrue(issue.getMessage().contains("fixed offset"), issue.getMessage());
		}
		fixture.assertNoIssue(change(BASE, "Europe/Berlin", "UTC"), IssueCodes.UNKNOWN_TIME_ZONE);
		fixture.assertNoIssue(change(BASE, "Europe/Berlin", "Etc/GMT-1"), IssueCodes.UNKNOWN_TIME_ZONE);
	}

	@Test
	void meetingTimeThatDoesNotExistOnTheSpringChange() {
		// Europe/Berlin moves from 02:00 to 03:00 on Sunday 2027-03-28
		String sunday = change(BASE, "biweekly on Tuesday at 10:00", "weekly on Sunday at 02:30");
		Issue issue = fixture.assertIssue(sunday, IssueCodes.DST_GAP, WARNING, "02:30");
		assertEquals("2027-03-28", issue.getData()[0]);
		assertEquals("On 2027-03-28 the clocks in Europe/Berlin go forward and 02:30 does not exist: the meeting would"
				+ " move to 03:30. Pick another time, or skip that date.", issue.getMessage());
		fixture.assertNoIssue(change(sunday, "02:30", "03:30"), IssueCodes.DST_GAP);
		fixture.assertNoIssue(change(sunday, "for 60 minutes", "for 60 minutes\n  skip 2027-03-28"), IssueCodes.DST_GAP);
	}

	@Test
	void meetingTimeThatRepeatsOnTheAutumnChange() {
		// Europe/Berlin goes back from 03:00 to 02:00 on Sunday 2027-10-31
		String autumn = change(change(change(BASE, "from 2027-01-11 to 2027-07-09", "from 2027-07-01 to 2027-12-20"),
				"biweekly on Tuesday at 10:00", "monthly on the last Sunday at 02:15"), "review on 2027-06-29",
				"review on 2027-12-01");
		Issue issue = fixture.assertIssue(autumn, IssueCodes.DST_OVERLAP, WARNING, "02:15");
		assertEquals("2027-10-31", issue.getData()[0]);
		fixture.assertNoIssue(change(autumn, "02:15", "01:15"), IssueCodes.DST_OVERLAP);
	}

	@Test
	void checkInAtATimeThatDoesNotExist() {
		fixture.assertIssue(change(BASE, "check-in on 2027-04-13", "check-in on 2027-03-28 at 02:10"), IssueCodes.DST_GAP,
				WARNING, "02:10");
	}

	@Test
	void retrospectiveOnADateAtATimeThatDoesNotExist() {
		String retrospective = change(BASE, "retrospective every 3 months starting 2027-04-06",
				"retrospective on 2027-03-28 at 02:10 for 45 minutes");
		fixture.assertIssue(retrospective, IssueCodes.DST_GAP, WARNING, "02:10");
		fixture.assertNoIssue(change(retrospective, "02:10", "03:10"), IssueCodes.DST_GAP);
	}

	@Test
	void duplicateNamesOfTheSameKind() {
		String two = change(BASE, "goal reviews \"Lead three design reviews\"",
				"goal reviews \"Lead three design reviews\"\n  milestone \"m\" due 2027-03-01\n  evidence \"e\"\n"
						+ "  success at least 1 \"x\"\ngoal reviews \"Second\"");
		var duplicates = fixture.issues(two).stream().filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())).toList();
		// one mistake, one message: on the second declaration only, where the fix renames it
		assertEquals(1, duplicates.size(), RuleFixture.describe(duplicates));
		assertEquals(two.substring(0, two.indexOf("goal reviews \"Second")).split("\n", -1).length,
				duplicates.get(0).getLineNumber(), RuleFixture.describe(duplicates));
		assertEquals(ERROR, duplicates.get(0).getSeverity());
		assertEquals("Another goal is named 'reviews' too: give each its own name.", duplicates.get(0).getMessage());
		assertArrayEquals(new String[] { "reviews" }, duplicates.get(0).getData());
		// a party and a goal may share a name: references always say which kind they mean
		fixture.assertNoIssue(change(BASE, "mentee grace", "stakeholder reviews \"R\"\nmentee grace"),
				IssueCodes.DUPLICATE_NAME);
	}
}
