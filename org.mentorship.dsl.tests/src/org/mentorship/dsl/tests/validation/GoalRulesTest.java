package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.INFO;
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

@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class GoalRulesTest {

	@Inject
	private RuleFixture fixture;

	@Test
	void goalWithoutMilestone() {
		Issue issue = fixture.assertIssue(without(BASE, "  milestone \"Shadow two reviews\" due 2027-02-12\n"),
				IssueCodes.GOAL_NO_MILESTONE, WARNING, "reviews \"Lead");
		assertEquals("2027-02-11", issue.getData()[0]);
		fixture.assertNoIssue(BASE, IssueCodes.GOAL_NO_MILESTONE);
	}

	@Test
	void goalWithoutEvidence() {
		fixture.assertIssue(without(BASE, "  evidence artifact \"review notes\" from grace\n"), IssueCodes.GOAL_NO_EVIDENCE,
				WARNING, "reviews \"Lead");
		fixture.assertNoIssue(BASE, IssueCodes.GOAL_NO_EVIDENCE);
	}

	@Test
	void goalWithoutMeasurableCriterion() {
		String plain = change(BASE, "success at least 3 \"reviews led\"", "success \"Grace feels ready\"");
		fixture.assertIssue(plain, IssueCodes.GOAL_NOT_MEASURABLE, WARNING, "reviews \"Lead");
		// a plain criterion with a number in it is measurable
		fixture.assertNoIssue(change(BASE, "success at least 3 \"reviews led\"", "success \"3 reviews led\""),
				IssueCodes.GOAL_NOT_MEASURABLE);
		fixture.assertNoIssue(change(BASE, "success at least 3 \"reviews led\"",
				"success rated 4 out of 5 by ada \"review notes\""), IssueCodes.GOAL_NOT_MEASURABLE);
		fixture.assertNoIssue(change(BASE, "success at least 3 \"reviews led\"",
				"success level \"Practitioner\" on \"Ladder\""), IssueCodes.GOAL_NOT_MEASURABLE);
	}

	@Test
	void vagueGoalWording() {
		String vague = change(BASE, "\"Lead three design reviews\"", "\"Improve at design reviews\"");
		Issue issue = fixture.assertIssue(vague, IssueCodes.GOAL_VAGUE, INFO, "\"Improve at");
		assertEquals("improve", issue.getData()[0]);
		fixture.assertNoIssue(change(BASE, "\"Lead three design reviews\"", "\"Improve review notes to 4 of 5\""),
				IssueCodes.GOAL_VAGUE);
	}

	@Test
	void aCriterionThatCannotBeMissedOrReachedIsFlagged() {
		// "rated 6 out of 5" and "at least 0" passed without a word: one can never be met, the other is met already
		Issue over = fixture.assertIssue(change(BASE, "success at least 3 \"reviews led\"", "success rated 6 out of 5 \"clarity\""),
				IssueCodes.GOAL_UNREACHABLE, org.eclipse.xtext.diagnostics.Severity.WARNING, "6 out of 5");
		org.junit.jupiter.api.Assertions.assertTrue(over.getMessage().contains("6 out of 5"), over.getMessage());
		fixture.assertIssue(change(BASE, "success at least 3", "success at least 0"), IssueCodes.GOAL_UNREACHABLE,
				org.eclipse.xtext.diagnostics.Severity.WARNING, "0 \"reviews led\"");
		// the criterion's message is the one: the goal is not also "without a measurable criterion"
		fixture.assertNoIssue(change(BASE, "success at least 3", "success at least 0"), IssueCodes.GOAL_NOT_MEASURABLE);
		fixture.assertNoIssue(change(BASE, "success at least 3 \"reviews led\"", "success rated 5 out of 5 \"clarity\""),
				IssueCodes.GOAL_UNREACHABLE);
	}
}
