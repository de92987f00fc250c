package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/**
 * The mentor's time: sessions per month x session length, plus check-ins spread over the term.
 * A month has 365.25 / 12 / 7 = 4.348 weeks. The base term is 179 days (5.88 months) with one
 * 30-minute check-in: 0.085 hours a month.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class TimeBudgetTest {

	private static final String SCHEDULE = "biweekly on Tuesday at 10:00 for 60 minutes";
	private static final String CHECK_IN = "check-in on 2027-04-13 \"Recalibrate\"\n";

	@Inject
	private RuleFixture fixture;

	@Test
	void weeklyHourAgainstThreeHoursAMonth() {
		String text = change(BASE, SCHEDULE, "weekly on Tuesday at 10:00 for 60 minutes");
		Issue issue = fixture.assertIssue(text, IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "weekly");
		assertEquals("weekly 60 minutes + check-ins 0.1 h needs ~4.4 h/month but ada committed 3 h/month: meet less"
				+ " often, shorten the sessions, or commit more time.", issue.getMessage());
		// biweekly 60 minutes fits (2.3 h); 40-minute weekly sessions need 2.9 + 0.1 h
		assertArrayEquals(new String[] { "ada", "4.4", "3", "biweekly", "40" }, issue.getData());
	}

	@Test
	void weeklyWithoutCheckInsSaysExactlyTheNumbersOfTheRule() {
		String text = without(change(BASE, SCHEDULE, "weekly on Tuesday at 10:00 for 60 minutes"), CHECK_IN);
		Issue issue = fixture.assertIssue(text, IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "weekly");
		assertEquals("weekly 60 minutes needs ~4.3 h/month but ada committed 3 h/month: meet less often, shorten the"
				+ " sessions, or commit more time.", issue.getMessage());
	}

	/** The message says the duration as a sentence does: "1 hour", whether "1 hour" or "1 hours" was written. */
	@Test
	void oneHourIsSingular() {
		String text = without(change(BASE, SCHEDULE, "weekly on Tuesday at 10:00 for 1 hours"), CHECK_IN);
		Issue issue = fixture.assertIssue(text, IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "weekly");
		assertEquals("weekly 1 hour needs ~4.3 h/month but ada committed 3 h/month: meet less often, shorten the"
				+ " sessions, or commit more time.", issue.getMessage());
	}

	@Test
	void biweeklyAtTheBoundary() {
		// biweekly 75 minutes: 2.717 + 0.085 = 2.80 h fits; 85 minutes: 3.08 + 0.085 = 3.16 h does not
		fixture.assertNoIssue(change(BASE, "for 60 minutes", "for 75 minutes"), IssueCodes.TIME_BUDGET_EXCEEDED);
		Issue issue = fixture.assertIssue(change(BASE, "for 60 minutes", "for 85 minutes"),
				IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "biweekly");
		assertArrayEquals(new String[] { "ada", "3.2", "3", "monthly", "80" }, issue.getData());
	}

	@Test
	void monthlyExactlyAtTheCommitment() {
		String monthly = without(change(BASE, SCHEDULE, "monthly on the first Tuesday at 10:00 for 3 hours"), CHECK_IN);
		fixture.assertNoIssue(monthly, IssueCodes.TIME_BUDGET_EXCEEDED);
		Issue issue = fixture.assertIssue(change(monthly, "for 3 hours", "for 185 minutes"),
				IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "monthly");
		assertArrayEquals(new String[] { "ada", "3.1", "3", "", "180" }, issue.getData());
	}

	@Test
	void checkInsTipTheBalance() {
		// monthly 3 hours uses the whole commitment; the 30-minute check-in goes over it
		String monthly = change(BASE, SCHEDULE, "monthly on the first Tuesday at 10:00 for 3 hours");
		fixture.assertIssue(monthly, IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "monthly");
		String longCheckIns = change(change(BASE, "check-in on 2027-04-13", "check-in on 2027-04-13 for 6 hours"),
				SCHEDULE, "monthly on the first Tuesday at 10:00 for 2 hours");
		fixture.assertNoIssue(longCheckIns, IssueCodes.TIME_BUDGET_EXCEEDED);
		fixture.assertIssue(change(longCheckIns, "for 6 hours", "for 7 hours"), IssueCodes.TIME_BUDGET_EXCEEDED, WARNING,
				"monthly");
	}

	@Test
	void commitmentPerWeekIsConvertedToMonths() {
		// 2 hours a week are 8.7 hours a month; 1 hour a week (4.35) is just short of weekly hours plus the check-in
		String text = change(change(BASE, SCHEDULE, "weekly on Tuesday at 10:00 for 60 minutes"), "3 hours per month",
				"2 hours per week");
		fixture.assertNoIssue(text, IssueCodes.TIME_BUDGET_EXCEEDED);
		fixture.assertIssue(change(text, "2 hours per week", "1 hour per week"), IssueCodes.TIME_BUDGET_EXCEEDED,
				WARNING, "weekly");
	}

	@Test
	void everyMentorIsChecked() {
		String text = change(change(BASE, "mentee grace", "co-mentor mei \"Mei Chen\"\nmentee grace"),
				"  ada offers 3 hours per month", "  ada offers 3 hours per month\n  mei offers 1 hour per month");
		Issue issue = fixture.assertIssue(text, IssueCodes.TIME_BUDGET_EXCEEDED, WARNING, "biweekly");
		assertEquals("mei", issue.getData()[0]);
	}

	@Test
	void mentorWithoutCommitment() {
		fixture.assertIssue(without(BASE, "resources\n  ada offers 3 hours per month\n"), IssueCodes.TIME_BUDGET_MISSING,
				INFO, "ada \"Ada");
		fixture.assertNoIssue(BASE, IssueCodes.TIME_BUDGET_MISSING);
	}
}
