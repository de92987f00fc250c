package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class RequiredPartsTest {

	@Inject
	private RuleFixture fixture;

	@Test
	void theBaseAgreementHasNoIssueAtAll() {
		fixture.assertClean(BASE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"mentor.missing.purpose    | purpose \"Grace wants to lead design reviews.\"",
			"mentor.missing.mentee     | mentee grace \"Grace Hopper\" email \"grace@example.org\"",
			"mentor.missing.cadence    | 'cadence\n  biweekly on Tuesday at 10:00 for 60 minutes by video'",
			"mentor.missing.boundaries | 'boundaries\n  reply within 2 working days on \"e-mail\"'",
			"mentor.missing.review     | review on 2027-06-29" })
	void aMissingPartIsAnErrorOnTheAgreementId(String code, String part) {
		fixture.assertIssue(without(BASE, part), code, ERROR, "a-b");
	}

	@Test
	void missingMentor() {
		// without the mentor, nothing may refer to ada any more
		String text = without(BASE, "mentor ada \"Ada Lovelace\" email \"ada@example.org\"\n");
		text = without(text, "resources\n  ada offers 3 hours per month\n");
		text = without(text, "  ada signed on 2027-01-11\n");
		fixture.assertIssue(text, IssueCodes.MISSING_MENTOR, ERROR, "a-b");
	}

	@Test
	void missingGoalSuggestsAMilestoneDateAMonthAfterTheStart() {
		String text = without(BASE, """
				goal reviews "Lead three design reviews"
				  milestone "Shadow two reviews" due 2027-02-12
				  evidence artifact "review notes" from grace
				  success at least 3 "reviews led"
				""");
		Issue issue = fixture.assertIssue(text, IssueCodes.MISSING_GOAL, ERROR, "a-b");
		assertArrayEquals(new String[] { "2027-02-11" }, issue.getData());
	}

	@Test
	void missingSignOffCarriesTheNamesToSign() {
		String text = without(BASE, "sign-off\n  ada signed on 2027-01-11\n  grace signed on 2027-01-11\n");
		Issue issue = fixture.assertIssue(text, IssueCodes.MISSING_SIGN_OFF, ERROR, "a-b");
		assertArrayEquals(new String[] { "ada", "grace" }, issue.getData());
	}

	@Test
	void missingReviewSuggestsThreeMonthsAfterTheStart() {
		Issue issue = fixture.assertIssue(without(BASE, "review on 2027-06-29"), IssueCodes.MISSING_REVIEW, ERROR, "a-b");
		assertEquals("2027-04-11", issue.getData()[0]);
	}

	@Test
	void missingTerm() {
		fixture.assertIssue(without(BASE, "  from 2027-01-11 to 2027-07-09\n"), IssueCodes.MISSING_TERM, ERROR, "a-b");
		fixture.assertNoIssue(change(BASE, "to 2027-07-09", "for 6 months"), IssueCodes.MISSING_TERM);
	}

	@Test
	void missingTimeZone() {
		fixture.assertIssue(without(BASE, "  time zone \"Europe/Berlin\"\n"), IssueCodes.MISSING_TIME_ZONE, WARNING, "a-b");
	}
}
