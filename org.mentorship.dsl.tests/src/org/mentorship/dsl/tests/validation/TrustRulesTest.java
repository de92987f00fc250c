package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.INFO;
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

/** Boundaries, ethics and sign-off. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class TrustRulesTest {

	private static final String REPLY = "  reply within 2 working days on \"e-mail\"\n";

	@Inject
	private RuleFixture fixture;

	@Test
	void boundariesWithoutResponseTime() {
		String text = change(BASE, REPLY, "  quiet hours 19:00 to 08:00 and weekends\n");
		fixture.assertIssue(text, IssueCodes.NO_RESPONSE_TIME, WARNING, "boundaries\n");
		fixture.assertNoIssue(BASE, IssueCodes.NO_RESPONSE_TIME);
	}

	@Test
	void responseTimeFromTheProgrammeCounts() throws Exception {
		var programme = fixture.parse("""
				programme p "P"
				boundaries standard
				  reply within 1 day
				""");
		String text = change(change(BASE, REPLY, ""), "boundaries\n", "boundaries like standard\n");
		text = change(text, "  time zone \"Europe/Berlin\"\n", "  time zone \"Europe/Berlin\"\n  programme p\n");
		List<Issue> issues = fixture.issues(text, programme.eResource().getResourceSet());
		assertEquals("", RuleFixture.describe(issues));
	}

	@Test
	void eachEthicsStatementIsNeeded() {
		fixture.assertIssue(without(BASE, "  confidentiality \"Stays between us.\"\n"), IssueCodes.NO_CONFIDENTIALITY,
				WARNING, "ethics\n");
		fixture.assertIssue(without(BASE, "  consent \"Ask before sharing work.\"\n"), IssueCodes.NO_CONSENT, WARNING,
				"ethics\n");
		fixture.assertIssue(without(BASE, "  conflicts of interest \"none declared\"\n"),
				IssueCodes.NO_CONFLICT_OF_INTEREST, WARNING, "ethics\n");
	}

	@Test
	void withoutEthicsSectionTheWarningsSitOnTheAgreement() {
		String text = without(BASE, """
				ethics
				  confidentiality "Stays between us."
				  consent "Ask before sharing work."
				  conflicts of interest "none declared"
				""");
		List<Issue> issues = fixture.issues(text);
		RuleFixture.assertIssue(issues, text, IssueCodes.NO_CONFIDENTIALITY, WARNING, "a-b");
		RuleFixture.assertIssue(issues, text, IssueCodes.NO_CONSENT, WARNING, "a-b");
		RuleFixture.assertIssue(issues, text, IssueCodes.NO_CONFLICT_OF_INTEREST, WARNING, "a-b");
	}

	@Test
	void signOffMustNameMentorAndMentee() {
		Issue issue = fixture.assertIssue(without(BASE, "  grace signed on 2027-01-11\n"),
				IssueCodes.SIGN_OFF_PARTY_MISSING, WARNING, "sign-off");
		assertArrayEquals(new String[] { "grace" }, issue.getData());
		fixture.assertNoIssue(BASE, IssueCodes.SIGN_OFF_PARTY_MISSING);
	}

	@Test
	void notSignedYet() {
		String text = change(BASE, "grace signed on 2027-01-11", "grace to sign");
		Issue issue = fixture.assertIssue(text, IssueCodes.NOT_SIGNED, INFO, "grace to sign");
		assertEquals("grace has not signed yet.", issue.getMessage());
	}

	@Test
	void changeAfterSignOffNeedsNewSignatures() {
		String changed = change(BASE, "review on 2027-06-29", "review on 2027-06-29\nchanged on 2027-01-20 in version 2 \"new goal\"");
		Issue issue = fixture.assertIssue(changed, IssueCodes.CHANGED_AFTER_SIGN_OFF, WARNING, "2027-01-20");
		assertArrayEquals(new String[] { "2027-01-20", "2027-01-11" }, issue.getData());
		fixture.assertNoIssue(change(changed, "changed on 2027-01-20", "changed on 2027-01-11"),
				IssueCodes.CHANGED_AFTER_SIGN_OFF);
	}
}
