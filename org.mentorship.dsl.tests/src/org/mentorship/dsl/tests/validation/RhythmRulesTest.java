package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;
import static org.mentorship.dsl.tests.validation.RuleFixture.without;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** The term runs 179 days, so the middle half is 2027-02-24 to 2027-05-25. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class RhythmRulesTest {

	private static final String CHECK_IN = "check-in on 2027-04-13";
	private static final String RETRO = "retrospective every 3 months starting 2027-04-06";

	@Inject
	private RuleFixture fixture;

	@Test
	void checkInOutsideTheMiddleOfALongTerm() {
		Issue issue = fixture.assertIssue(change(BASE, CHECK_IN, "check-in on 2027-02-23"),
				IssueCodes.NO_MID_COURSE_CHECK_IN, WARNING, "a-b");
		assertEquals("2027-04-10", issue.getData()[0]);
		fixture.assertNoIssue(change(BASE, CHECK_IN, "check-in on 2027-02-24"), IssueCodes.NO_MID_COURSE_CHECK_IN);
		fixture.assertNoIssue(change(BASE, CHECK_IN, "check-in on 2027-05-25"), IssueCodes.NO_MID_COURSE_CHECK_IN);
	}

	@Test
	void shortTermsNeedNoMidCourseCheckInOrRetrospective() {
		String short3 = without(without(change(BASE, "to 2027-07-09", "to 2027-04-11"), CHECK_IN + " \"Recalibrate\"\n"),
				RETRO + "\n");
		fixture.assertNoIssue(short3, IssueCodes.NO_MID_COURSE_CHECK_IN);
		fixture.assertNoIssue(short3, IssueCodes.NO_RETROSPECTIVE);
		// "longer than about three months": more than 92 days
		fixture.assertNoIssue(change(short3, "to 2027-04-11", "to 2027-04-13"), IssueCodes.NO_RETROSPECTIVE);
		fixture.assertIssue(change(short3, "to 2027-04-11", "to 2027-04-14"), IssueCodes.NO_RETROSPECTIVE, WARNING, "a-b");
	}

	@Test
	void noRetrospective() {
		Issue issue = fixture.assertIssue(without(BASE, RETRO + "\n"), IssueCodes.NO_RETROSPECTIVE, WARNING, "a-b");
		assertEquals("2027-04-11", issue.getData()[0]);
	}

	@Test
	void retrospectiveIntervalTwoToFourMonths() {
		fixture.assertIssue(change(BASE, "every 3 months", "every 5 months"), IssueCodes.RETROSPECTIVE_INTERVAL, WARNING,
				"5 months");
		fixture.assertIssue(change(BASE, "every 3 months", "every 1 month"), IssueCodes.RETROSPECTIVE_INTERVAL, WARNING,
				"1 month");
		fixture.assertIssue(change(BASE, "every 3 months", "every 4 weeks"), IssueCodes.RETROSPECTIVE_INTERVAL, WARNING,
				"4 weeks");
		fixture.assertNoIssue(change(BASE, "every 3 months", "every 4 months"), IssueCodes.RETROSPECTIVE_INTERVAL);
		fixture.assertNoIssue(change(BASE, "every 3 months", "every 2 months"), IssueCodes.RETROSPECTIVE_INTERVAL);
	}

	@Test
	void dayMustFitTheFrequency() {
		String schedule = "biweekly on Tuesday";
		fixture.assertIssue(change(BASE, schedule, "monthly on Tuesday"), IssueCodes.CADENCE_DAY_MISMATCH, WARNING,
				"Tuesday at");
		fixture.assertIssue(change(BASE, schedule, "weekly on day 15"), IssueCodes.CADENCE_DAY_MISMATCH, WARNING,
				"day 15");
		fixture.assertIssue(change(BASE, schedule, "biweekly on the second Tuesday"), IssueCodes.CADENCE_DAY_MISMATCH,
				WARNING, "the second");
		fixture.assertNoIssue(change(BASE, schedule, "monthly on the second Tuesday"), IssueCodes.CADENCE_DAY_MISMATCH);
		fixture.assertNoIssue(change(BASE, schedule, "monthly on day 15"), IssueCodes.CADENCE_DAY_MISMATCH);
	}

	@Test
	void monthlyOnADayNotEveryMonthHas() {
		// the term runs from 2027-01-11 to 2027-07-09
		String schedule = "biweekly on Tuesday";
		Issue issue = fixture.assertIssue(change(BASE, schedule, "monthly on day 31"), IssueCodes.MONTH_END, WARNING, "day 31");
		assertEquals("February, April and June have no day 31, so there is no meeting in those months: meet on the last"
				+ " day of the month, or on day 28.", issue.getMessage());
		assertEquals("31", issue.getData()[0]);
		assertEquals("February has no day 29, so there is no meeting in that month: meet on the last day of the month, or"
				+ " on day 28.", fixture.assertIssue(change(BASE, schedule, "monthly on day 29"), IssueCodes.MONTH_END, WARNING,
						"day 29").getMessage());
		fixture.assertNoIssue(change(BASE, schedule, "monthly on day 28"), IssueCodes.MONTH_END);
		fixture.assertNoIssue(change(BASE, schedule, "monthly on the last day"), IssueCodes.MONTH_END);
		fixture.assertNoIssue(change(BASE, schedule, "monthly on the last Friday"), IssueCodes.MONTH_END);
		// without a day, the start date's
		String fromThe30th = change(change(BASE, schedule, "monthly"), "from 2027-01-11", "from 2027-01-30");
		assertEquals("Monthly meetings fall on day 30, the day the term starts; February has no day 30, so there is no"
				+ " meeting in that month: meet on the last day of the month, or on day 28.",
				fixture.assertIssue(fromThe30th, IssueCodes.MONTH_END, WARNING, "monthly").getMessage());
		// only months of the term count: March has a day 30
		fixture.assertNoIssue(change(change(BASE, schedule, "monthly on day 30"), "from 2027-01-11 to 2027-07-09",
				"from 2027-03-01 to 2027-03-31"), IssueCodes.MONTH_END);
	}

	@Test
	void theLastDayIsNoDayForWeeklyMeetings() {
		fixture.assertIssue(change(BASE, "biweekly on Tuesday", "weekly on the last day"), IssueCodes.CADENCE_DAY_MISMATCH,
				WARNING, "the last day");
	}

	@Test
	void skippedDatesAreMeetingDays() {
		// biweekly on Tuesdays from 2027-01-12: ..., 2027-04-06, 2027-04-20, ...
		String schedule = "biweekly on Tuesday at 10:00 for 60 minutes by video";
		fixture.assertIssue(change(BASE, schedule, schedule + "\n  skip 2027-04-06, 2027-04-13"),
				IssueCodes.SKIP_NOT_A_MEETING, WARNING, "2027-04-13");
		fixture.assertNoIssue(change(BASE, schedule, schedule + "\n  skip 2027-04-06, 2027-04-20"),
				IssueCodes.SKIP_NOT_A_MEETING);
	}

	@Test
	void timeIsCommittedPerWeekOrMonth() {
		fixture.assertIssue(change(BASE, "3 hours per month", "3 hours per day"), IssueCodes.COMMITMENT_PERIOD, WARNING,
				"day\n");
		fixture.assertNoIssue(change(BASE, "3 hours per month", "1 hour per week"), IssueCodes.COMMITMENT_PERIOD);
	}

	@Test
	void datedRetrospectivesTooFarApart() {
		fixture.assertIssue(change(BASE, RETRO, "retrospective on 2027-06-01"), IssueCodes.RETROSPECTIVE_INTERVAL, WARNING,
				"2027-06-01");
		fixture.assertNoIssue(change(BASE, RETRO, "retrospective on 2027-05-01"), IssueCodes.RETROSPECTIVE_INTERVAL);
	}

	@Test
	void aCheckInOnADayThatDoesNotExistIsOneMessage() {
		// "2027-04-31" is the date error; the check-in is there, so "has no check-in" was a second message
		String text = change(BASE, "check-in on 2027-04-13", "check-in on 2027-04-31");
		fixture.assertIssue(text, IssueCodes.DATE_FORMAT, org.eclipse.xtext.diagnostics.Severity.ERROR, "2027-04-31");
		fixture.assertNoIssue(text, IssueCodes.NO_MID_COURSE_CHECK_IN);
	}
}
