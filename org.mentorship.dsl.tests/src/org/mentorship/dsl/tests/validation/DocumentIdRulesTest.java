package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Two files with one agreement (or programme) id: an error in each, naming the other. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class DocumentIdRulesTest {

	@Inject
	private ParseHelper<MentorFile> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private MentorFile parse(String text, String path, XtextResourceSet set) throws Exception {
		return parser.parse(text, URI.createFileURI("/agreements/" + path), set);
	}

	@Test
	void twoAgreementsWithOneIdEachNameTheOther() throws Exception {
		XtextResourceSet set = resourceSets.get();
		MentorFile first = parse(BASE, "ada.mentor", set);
		MentorFile second = parse(change(BASE, "\"Lead reviews\"", "\"Another copy\""), "2027/copy.mentor", set);
		Issue one = RuleFixture.assertIssue(validation.validate(first), BASE, IssueCodes.DUPLICATE_ID, ERROR, "a-b ");
		assertEquals("The agreement id 'a-b' is used in another file too (2027/copy.mentor): give each agreement its own"
				+ " id, as its summary and calendar are named after it.", one.getMessage());
		Issue two = RuleFixture.assertIssue(validation.validate(second), BASE, IssueCodes.DUPLICATE_ID, ERROR, "a-b ");
		assertEquals("The agreement id 'a-b' is used in another file too (../ada.mentor): give each agreement its own"
				+ " id, as its summary and calendar are named after it.", two.getMessage());
	}

	@Test
	void programmesToo() throws Exception {
		XtextResourceSet set = resourceSets.get();
		String text = "programme p \"P\"\n";
		MentorFile first = parse(text, "p.mentor", set);
		parse("programme p \"P again\"\n", "p-copy.mentor", set);
		Issue issue = RuleFixture.assertIssue(validation.validate(first), text, IssueCodes.DUPLICATE_ID, ERROR, "p \"P\"");
		assertEquals("The programme id 'p' is used in another file too (p-copy.mentor): give each programme its own id,"
				+ " so that agreements name the one they mean.", issue.getMessage());
	}

	@Test
	void differentIdsAndAnAgreementNamedLikeItsProgrammeAreFine() throws Exception {
		XtextResourceSet set = resourceSets.get();
		MentorFile first = parse(BASE, "ada.mentor", set);
		parse(change(BASE, "agreement a-b ", "agreement a-c "), "other.mentor", set);
		parse("programme a-b \"P\"\n", "p.mentor", set);
		List<Issue> issues = validation.validate(first);
		assertEquals("", RuleFixture.describe(issues));
	}
}
