package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.GenerationOptions;
import org.mentorship.dsl.generator.MentorGeneratorContext;
import org.mentorship.dsl.generator.OutputNames;
import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.tests.AgreementFixture;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.validation.RuleFixture;

import com.google.inject.Inject;

/** The language's IGenerator2 (what the language server runs on save): which files, with what in them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class MentorGeneratorTest {

	@Inject
	private GeneratorDelegate generator;
	@Inject
	private AgreementFixture fixture;

	private Map<String, CharSequence> generate(MentorFile file, GenerationOptions options) {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.generate(file.eResource(), fsa, options == null ? new GeneratorContext() : new MentorGeneratorContext(options));
		return fsa.getTextFiles();
	}

	@Test
	void anAgreementGivesItsSummaryAndCalendarNamedAfterItsId() {
		Map<String, CharSequence> files = generate(fixture.parseWithoutErrors(RuleFixture.BASE), null);
		assertEquals(Set.of(IFileSystemAccess.DEFAULT_OUTPUT + "a-b.html", IFileSystemAccess.DEFAULT_OUTPUT + "a-b.ics"),
				files.keySet());
		assertTrue(files.get(IFileSystemAccess.DEFAULT_OUTPUT + "a-b.html").toString().startsWith("<!DOCTYPE html>"));
		assertTrue(files.get(IFileSystemAccess.DEFAULT_OUTPUT + "a-b.ics").toString().contains("METHOD:PUBLISH"));
	}

	@Test
	void optionsChooseTheOutputsTheAudienceAndTheMethod() {
		String withNote = RuleFixture.BASE + "confidential \"only for us\"\n";
		MentorFile file = fixture.parseWithoutErrors(withNote);
		Map<String, CharSequence> sponsor = generate(file,
				new GenerationOptions(true, false, Audience.SPONSOR, CalendarGenerator.Method.PUBLISH));
		assertEquals(Set.of(IFileSystemAccess.DEFAULT_OUTPUT + "a-b.html"), sponsor.keySet());
		assertFalse(sponsor.values().iterator().next().toString().contains("only for us"));
		Map<String, CharSequence> parties = generate(file, GenerationOptions.DEFAULT);
		assertTrue(parties.get(IFileSystemAccess.DEFAULT_OUTPUT + "a-b.html").toString().contains("only for us"));
		Map<String, CharSequence> invite = generate(fixture.parseWithoutErrors(RuleFixture.BASE),
				new GenerationOptions(false, true, Audience.PARTIES, CalendarGenerator.Method.REQUEST));
		assertTrue(invite.get(IFileSystemAccess.DEFAULT_OUTPUT + "a-b.ics").toString().contains("METHOD:REQUEST"));
	}

	@Test
	void aProgrammeFileHasNothingToGenerate() {
		assertEquals(Map.of(), generate(fixture.parseWithoutErrors("programme p \"P\"\n"), null));
	}

	@Test
	void outputNamesCannotLeaveTheFolder() {
		assertEquals("ada-grace.cohort-2027.html", OutputNames.of("ada-grace.cohort-2027", "html").orElseThrow());
		for (String unsafe : new String[] { "..", "../x", "a/b", "a\\b", "", ".hidden", "a..b" }) {
			assertTrue(OutputNames.of(unsafe, "html").isEmpty(), unsafe);
		}
	}
}
