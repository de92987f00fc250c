package org.mentorship.dsl.tests.validation;

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
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

/** Issue 12: placeholder text still in an agreement is a warning, so such a file is never reported clean. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class PlaceholderRulesTest {

	@Inject
	private RuleFixture fixture;

	@Test
	void placeholderName() {
		String text = change(BASE, "\"Grace Hopper\"", "\"Full Name\"");
		assertEquals("\"Full Name\" is a placeholder: write the person's full name.",
				fixture.assertIssue(text, IssueCodes.PLACEHOLDER, WARNING, "\"Full Name\"").getMessage());
		// any case, blanks around it; not a longer name
		fixture.assertIssue(change(BASE, "\"Grace Hopper\"", "\"  FULL name\t\""), IssueCodes.PLACEHOLDER, WARNING, "\"  FULL");
		fixture.assertNoIssue(change(BASE, "\"Grace Hopper\"", "\"Full Names\""), IssueCodes.PLACEHOLDER);
	}

	@Test
	void placeholderAddress() {
		String text = change(BASE, "email \"grace@example.org\"", "email \"name@example.org\"");
		assertEquals("\"name@example.org\" is a placeholder address: write the person's own e-mail address.",
				fixture.assertIssue(text, IssueCodes.PLACEHOLDER, WARNING, "\"name@example.org\"").getMessage());
	}

	@Test
	void todoAndEmptyText() {
		fixture.assertIssue(change(BASE, "email \"grace@example.org\"", "email \"\""), IssueCodes.PLACEHOLDER, WARNING, "\"\"");
		String todo = BASE.replaceFirst("purpose \"", "purpose \"TODO ");
		assertEquals("This text still says TODO: write what it should say.",
				fixture.assertIssue(todo, IssueCodes.PLACEHOLDER, WARNING, "\"TODO").getMessage());
	}

	/** Every word and address the rule knows, whatever the case of the address; and words that only contain one. */
	@Test
	void everyPlaceholderWordAndNoLookalike() {
		for (String word : new String[] { "TBD", "FIXME", "XXX" }) {
			String text = BASE.replaceFirst("purpose \"", "purpose \"Ask " + word + " first. ");
			assertEquals("This text still says " + word + ": write what it should say.",
					fixture.assertIssue(text, IssueCodes.PLACEHOLDER, WARNING, "\"Ask").getMessage());
		}
		String address = change(BASE, "email \"grace@example.org\"", "email \"Someone@Example.COM\"");
		assertEquals("\"Someone@Example.COM\" is a placeholder address: write the person's own e-mail address.",
				fixture.assertIssue(address, IssueCodes.PLACEHOLDER, WARNING, "\"Someone@Example.COM\"").getMessage());
		fixture.assertNoIssue(BASE.replaceFirst("purpose \"", "purpose \"Clear the TODOs and the XXXL backlog. "),
				IssueCodes.PLACEHOLDER);
		fixture.assertNoIssue(change(BASE, "email \"grace@example.org\"", "email \"grace.name@example.org\""),
				IssueCodes.PLACEHOLDER);
	}

	@Test
	void realTextIsNoPlaceholder() {
		fixture.assertNoIssue(BASE, IssueCodes.PLACEHOLDER);
	}
}
