package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;
import static org.mentorship.dsl.tests.validation.RuleFixture.without;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Dates against the term (2027-01-11 to 2027-07-09) and against today (2027-02-01). */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class DateRulesTest {

	private static final String MILESTONE = "due 2027-02-12";

	@Inject
	private RuleFixture fixture;

	@Test
	void endBeforeStart() {
		String text = change(BASE, "to 2027-07-09", "to 2027-01-11");
		Issue issue = fixture.assertIssue(text, IssueCodes.TERM_END_BEFORE_START, ERROR, "2027-01-11\n");
		assertArrayEquals(new String[] { "2027-01-11", "2027-01-11" }, issue.getData());
		fixture.assertNoIssue(change(BASE, "to 2027-07-09", "to 2027-01-12"), IssueCodes.TERM_END_BEFORE_START);
	}

	@Test
	void aTermThatEndsBeforeItStartsIsOneMessage() {
		// a year mistyped in the end date ("to 2026-07-09"): every milestone, check-in, retrospective and the review
		// were also "after the end" (five messages for one mistake); the term's error is the message
		List<Issue> issues = fixture.issues(change(BASE, "to 2027-07-09", "to 2026-07-09"));
		assertEquals(List.of(IssueCodes.TERM_END_BEFORE_START), issues.stream().map(Issue::getCode).toList(),
				RuleFixture.describe(issues));
	}

	@Test
	void reviewBeforeTheStart() {
		// the review was checked against the end only: a review before the agreement starts passed without a word
		fixture.assertIssue(change(BASE, "review on 2027-06-29", "review on 2027-01-04"), IssueCodes.DATE_BEFORE_START, ERROR,
				"2027-01-04");
		fixture.assertNoIssue(change(BASE, "review on 2027-06-29", "review on 2027-01-11"), IssueCodes.DATE_BEFORE_START);
	}

	@Test
	void milestoneBeforeTheStart() {
		fixture.assertIssue(change(BASE, MILESTONE, "due 2027-01-10"), IssueCodes.DATE_BEFORE_START, ERROR, "2027-01-10");
		fixture.assertNoIssue(change(BASE, MILESTONE, "due 2027-01-11"), IssueCodes.DATE_BEFORE_START);
	}

	@Test
	void milestoneAfterTheEnd() {
		fixture.assertIssue(change(BASE, MILESTONE, "due 2027-07-10"), IssueCodes.DATE_AFTER_END, WARNING, "2027-07-10");
		fixture.assertNoIssue(change(BASE, MILESTONE, "due 2027-07-09"), IssueCodes.DATE_AFTER_END);
	}

	@Test
	void checkInAndRetrospectiveOutsideTheTerm() {
		fixture.assertIssue(change(BASE, "check-in on 2027-04-13", "check-in on 2027-01-04"), IssueCodes.DATE_BEFORE_START,
				ERROR, "2027-01-04");
		fixture.assertIssue(change(BASE, "starting 2027-04-06", "starting 2027-08-01"), IssueCodes.DATE_AFTER_END, WARNING,
				"2027-08-01");
	}

	@Test
	void theEndCanBeGivenAsALength() {
		// "for 6 months" from 2027-01-11 ends on 2027-07-10
		String forSixMonths = change(BASE, "to 2027-07-09", "for 6 months");
		fixture.assertNoIssue(change(forSixMonths, MILESTONE, "due 2027-07-10"), IssueCodes.DATE_AFTER_END);
		fixture.assertIssue(change(forSixMonths, MILESTONE, "due 2027-07-11"), IssueCodes.DATE_AFTER_END, WARNING,
				"2027-07-11");
	}

	@Test
	void reviewAfterTheEnd() {
		Issue issue = fixture.assertIssue(change(BASE, "review on 2027-06-29", "review on 2027-07-10"),
				IssueCodes.REVIEW_AFTER_END, WARNING, "2027-07-10");
		assertEquals("2027-07-09", issue.getData()[0]);
		fixture.assertNoIssue(change(BASE, "review on 2027-06-29", "review on 2027-07-09"), IssueCodes.REVIEW_AFTER_END);
	}

	@Test
	void overdueMilestoneAgainstToday() {
		Issue issue = fixture.assertIssue(change(BASE, MILESTONE, "due 2027-01-25"), IssueCodes.MILESTONE_OVERDUE, WARNING,
				"2027-01-25");
		assertEquals("7", issue.getData()[0]);
		assertEquals("Milestone \"Shadow two reviews\" was due on 2027-01-25, 7 days ago: mark the progress in the notes,"
				+ " or agree a new date and log the change.", issue.getMessage());
		fixture.assertNoIssue(change(BASE, MILESTONE, "due 2027-02-01"), IssueCodes.MILESTONE_OVERDUE);
	}

	@Test
	void milestonesOfAnAgreementThatHasEndedAreHistory() {
		String ended = change(change(BASE, "from 2026-01-11 to 2026-07-09".replace("2026", "2027"), "from 2026-07-11 to 2027-01-09"),
				MILESTONE, "due 2026-08-01");
		fixture.assertNoIssue(ended, IssueCodes.MILESTONE_OVERDUE);
	}

	@Test
	void nothingIsOverdueBeforeTheTermHasStarted() {
		// today is 2027-02-01; the term starts on 2027-03-01: the milestone due before it is an error of its own
		String later = change(change(BASE, "from 2027-01-11 to 2027-07-09", "from 2027-03-01 to 2027-08-27"), MILESTONE,
				"due 2027-01-25");
		fixture.assertIssue(later, IssueCodes.DATE_BEFORE_START, ERROR, "2027-01-25");
		fixture.assertNoIssue(later, IssueCodes.MILESTONE_OVERDUE);
		// once the term has started, the same milestone inside it is overdue
		String started = change(change(BASE, "from 2027-01-11 to 2027-07-09", "from 2027-01-20 to 2027-07-09"), MILESTONE,
				"due 2027-01-25");
		fixture.assertIssue(started, IssueCodes.MILESTONE_OVERDUE, WARNING, "2027-01-25");
	}

	@Test
	void noDateRuleWithoutATerm() {
		fixture.assertNoIssue(without(change(BASE, MILESTONE, "due 2020-01-01"), "  from 2027-01-11 to 2027-07-09\n"),
				IssueCodes.DATE_BEFORE_START);
	}

	/**
	 * A date or time is named as written, its tokens joined by one space where blanks or a comment stand between
	 * them; around it blanks and comments do not count.
	 */
	@Test
	void aValueIsNamedAsWrittenWithBlanksAndCommentsInside() {
		assertEquals("2027-02-30 is not a date: February 2027 has 28 days.", fixture.assertIssue(
				change(BASE, MILESTONE, "due /* soon */ 2027-02-30 // ask Ada"), IssueCodes.DATE_FORMAT, ERROR,
				"2027-02-30").getMessage());
		assertEquals("'2027 - 02 - 12' is not written as a date: write year-month-day with hyphens, e.g. 2027-02-01.",
				fixture.assertIssue(change(BASE, MILESTONE, "due 2027 - 02 - 12"), IssueCodes.DATE_FORMAT, ERROR,
						"2027 - 02 - 12").getMessage());
		assertEquals("'2027-02 -12' is not written as a date: write year-month-day with hyphens, e.g. 2027-02-01.",
				fixture.assertIssue(change(BASE, MILESTONE, "due 2027-02/* c */-12"), IssueCodes.DATE_FORMAT, ERROR,
						"2027-02/* c */-12").getMessage());
		assertEquals("'10 :00' is not written as a time: write hours and minutes, e.g. 09:30 or 14:00.",
				fixture.assertIssue(change(BASE, "at 10:00", "at 10\n :00"), IssueCodes.TIME_FORMAT, ERROR,
						"10\n :00").getMessage());
		fixture.assertNoIssue(change(BASE, MILESTONE, "due\t2027-02-12 /* fine */"), IssueCodes.DATE_FORMAT);
	}
}
