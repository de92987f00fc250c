package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.Model;

import com.google.inject.Inject;

/** JUnit 5 (Jupiter) smoke test of the generated parser. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
public class MentorParsingTest {

	@Inject
	private ParseHelper<Model> parseHelper;

	@Inject
	private ValidationTestHelper validationTestHelper;

	@Test
	public void parsesAnEmptyAgreement() throws Exception {
		Model model = parseHelper.parse("agreement a { }");
		assertNotNull(model);
		assertEquals(0, model.eResource().getErrors().size(), () -> "syntax errors: " + model.eResource().getErrors());
		assertEquals(1, model.getAgreements().size());
		assertEquals("a", model.getAgreements().get(0).getName());
		validationTestHelper.assertNoIssues(model);
	}
}
