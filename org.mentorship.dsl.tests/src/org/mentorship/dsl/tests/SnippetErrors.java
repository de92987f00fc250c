package org.mentorship.dsl.tests;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The errors of a snippet of an agreement, as the tests of messages read them: the snippets are deliberately
 * incomplete, so the errors for missing sections are left out. The snippets start with {@link #PARTIES} (and a time
 * zone where the rules need one, {@link #PARTIES_IN_BERLIN}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
abstract class SnippetErrors {

	static final String PARTIES = """
			agreement x "X"
			mentor ada "Ada"
			mentee grace "Grace"
			""";

	static final String PARTIES_IN_BERLIN = """
			agreement x "X"
			  time zone "Europe/Berlin"
			mentor ada "Ada"
			mentee grace "Grace"
			""";

	@Inject
	private AgreementFixture fixture;

	@Inject
	private ValidationTestHelper validation;

	/** The errors of the text, in order, without those for missing sections. */
	List<Issue> errors(String text) {
		return validation.validate(fixture.parse(text)).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR && !i.getCode().startsWith("mentor.missing.")).toList();
	}
}
