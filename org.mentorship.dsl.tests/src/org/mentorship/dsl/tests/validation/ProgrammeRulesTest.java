package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A programme changes the severity of rules for itself and its agreements; data-type rules. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class ProgrammeRulesTest {

	private static final String JARGON = change(change(BASE, "\"Grace wants to lead design reviews.\"",
			"\"Grace wants to leverage design reviews.\""), "  time zone \"Europe/Berlin\"\n",
			"  time zone \"Europe/Berlin\"\n  programme p\n");

	@Inject
	private RuleFixture fixture;

	private List<Issue> withProgramme(String severityLines, String agreement) {
		var programme = fixture.parse("programme p \"P\"\n" + severityLines);
		return fixture.issues(agreement, programme.eResource().getResourceSet());
	}

	private Issue jargon(List<Issue> issues) {
		return issues.stream().filter(i -> IssueCodes.JARGON.equals(i.getCode())).findFirst().orElseThrow();
	}

	@Test
	void withoutOverrideJargonIsInfo() {
		assertEquals(INFO, jargon(withProgramme("", JARGON)).getSeverity());
	}

	@Test
	void programmeMakesARuleStricter() {
		assertEquals(ERROR, jargon(withProgramme("severity \"mentor.plain.jargon\" is error\n", JARGON)).getSeverity());
		assertEquals(WARNING, jargon(withProgramme("severity \"mentor.plain.jargon\" is warning\n", JARGON)).getSeverity());
	}

	@Test
	void programmeSilencesARule() {
		List<Issue> issues = withProgramme("severity \"mentor.plain.jargon\" is ignore\n", JARGON);
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.JARGON.equals(i.getCode())), RuleFixture.describe(issues));
	}

	@Test
	void readingProblemsKeepTheirSeverity() {
		List<Issue> issues = withProgramme("severity \"mentor.date.format\" is ignore\n",
				change(JARGON, "due 2027-02-12", "due 2027-02-30"));
		assertEquals(ERROR, issues.stream().filter(i -> IssueCodes.DATE_FORMAT.equals(i.getCode())).findFirst()
				.orElseThrow().getSeverity());
	}

	@Test
	void unknownOrFixedRuleCodesAreFlagged() {
		String programme = "programme p \"P\"\nseverity \"mentor.nope\" is warning\n";
		fixture.assertIssue(programme, IssueCodes.UNKNOWN_RULE, WARNING, "\"mentor.nope\"");
		fixture.assertIssue("programme p \"P\"\nseverity \"mentor.syntax\" is ignore\n", IssueCodes.UNKNOWN_RULE, WARNING,
				"\"mentor.syntax\"");
		fixture.assertNoIssue("programme p \"P\"\nseverity \"mentor.plain.jargon\" is warning\n", IssueCodes.UNKNOWN_RULE);
	}

	@Test
	void durations() {
		fixture.assertIssue(change(BASE, "for 60 minutes", "for 0 minutes"), IssueCodes.DURATION_NOT_POSITIVE, ERROR,
				"0 minutes");
		fixture.assertIssue(change(BASE, "for 60 minutes", "for 1441 minutes"), IssueCodes.DURATION_TOO_LONG, ERROR,
				"1441 minutes");
		fixture.assertNoIssue(change(BASE, "for 60 minutes", "for 24 hours"), IssueCodes.DURATION_TOO_LONG);
		fixture.assertIssue(change(BASE, "every 3 months", "every 121 months"), IssueCodes.DURATION_TOO_LONG, ERROR,
				"121 months");
		fixture.assertIssue(change(BASE, "2 working days", "2 working hours"), IssueCodes.DURATION_WORKING_NOT_DAYS,
				ERROR, "working hours");
		fixture.assertIssue(change(BASE, "biweekly on Tuesday", "monthly on day 32"), IssueCodes.DAY_OF_MONTH, ERROR,
				"32");
		fixture.assertNoIssue(change(BASE, "biweekly on Tuesday", "monthly on day 31"), IssueCodes.DAY_OF_MONTH);
	}
}
