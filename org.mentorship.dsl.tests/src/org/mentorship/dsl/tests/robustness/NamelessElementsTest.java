package org.mentorship.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.tests.validation.RuleFixture;

import com.google.inject.Inject;

/** Issue 16: an element whose name did not parse is "this goal" in messages, never "Goal 'null'". */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class NamelessElementsTest {

	@Inject
	private RuleFixture fixture;

	@Test
	void messagesNeverSayNull() {
		for (String text : List.of("agreement \"Title\"\n  from 2027-01-11 to 2027-09-09\n\ngoal \"No id\"\n",
				RuleFixture.BASE.replace("goal reviews ", "goal "), RuleFixture.BASE.replace("agreement a-b ", "agreement "))) {
			List<Issue> issues = fixture.issues(text);
			String all = RuleFixture.describe(issues);
			assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("null")), all);
		}
		String described = RuleFixture.describe(fixture.issues("agreement \"Title\"\n  from 2027-01-11 to 2027-09-09\n\ngoal \"No id\"\n"));
		// the goal without its name is read only in part: its syntax error is the message (see AfterSyntaxErrorsTest)
		assertTrue(described.contains("A name is missing before '\"No id\"'"), described);
		assertTrue(!described.contains("milestone"), described);
	}
}
