package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** A party's e-mail is one address that mail and calendar programs accept. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class PartyRulesTest {

	private static final String GRACE = "email \"grace@example.org\"";

	@Inject
	private RuleFixture fixture;

	private String withGraceEmail(String email) {
		return change(BASE, GRACE, "email \"" + email + "\"");
	}

	@Test
	void textThatIsNotAnAddress() {
		String text = withGraceEmail("not an address");
		assertEquals("\"not an address\" is not an e-mail address: local address contains control or whitespace."
				+ " Write one address, like name@example.org.",
				fixture.assertIssue(text, IssueCodes.EMAIL_NOT_AN_ADDRESS, ERROR, "\"not an address\"").getMessage());
	}

	@Test
	void anAddressWithALineBreak() {
		String text = withGraceEmail("grace@example.org\nBcc: everyone@example.org");
		assertEquals("\"grace@example.org\\nBcc: everyone@example.org\" is not an e-mail address: it contains a line break."
				+ " Write one address, like name@example.org.",
				fixture.assertIssue(text, IssueCodes.EMAIL_NOT_AN_ADDRESS, ERROR, "\"grace@").getMessage());
	}

	@Test
	void otherWaysToGetItWrong() {
		for (String wrong : new String[] { "grace@", "@example.org", "grace@@example.org", "grace@example..org",
				"grace@example.org, ada@example.org", "Grace <grace@example.org>", " grace@example.org", "grace" }) {
			fixture.assertIssue(withGraceEmail(wrong), IssueCodes.EMAIL_NOT_AN_ADDRESS, ERROR, "\"" + wrong);
		}
	}

	@Test
	void addressesMailProgramsAccept() {
		for (String right : new String[] { "grace@example.org", "grace.hopper+mentoring@mail.example.co.uk",
				"o'brien@example.org" }) {
			fixture.assertNoIssue(withGraceEmail(right), IssueCodes.EMAIL_NOT_AN_ADDRESS);
		}
		fixture.assertClean(BASE);
	}
}
