package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every agreement under examples/ is loaded together (as the CLI does) and has no errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class ExamplesTest {

	/** The examples folder: set by the build (see pom.xml), or found from the test bundle's folder. */
	static Path examples() {
		return Paths.get(System.getProperty("mentor.examples", "../examples"));
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyExampleValidatesWithoutErrors() throws IOException {
		XtextResourceSet set = resourceSets.get();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(examples())) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		assertTrue(files.size() >= 5, "expected the four agreements and the programme, found " + files);
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(set);
		for (Resource resource : set.getResources()) {
			List<Issue> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
			assertEquals("", errors.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage())
					.collect(Collectors.joining("\n")), resource.getURI().lastSegment());
		}
	}

	/** The README's language tour shows example files: each block must be the file as it is now. */
	@Test
	void theReadmeShowsTheExamplesAsTheyAre() throws IOException {
		String readme = Files.readString(examples().resolve("../README.md"));
		java.util.regex.Matcher shown = java.util.regex.Pattern
				.compile("\\n### [^\\n]*\\(`examples/([a-z-]+\\.mentor)`\\)\\n(?:(?!```).)*```mentor\\n(.*?)```",
						java.util.regex.Pattern.DOTALL)
				.matcher(readme);
		int blocks = 0;
		while (shown.find()) {
			assertEquals(Files.readString(examples().resolve(shown.group(1))), shown.group(2), shown.group(1));
			blocks++;
		}
		assertTrue(blocks >= 3, "the README shows three agreements");
	}

	@Test
	void theCompleteExampleUsesEverySectionKind() throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.getResource(
				URI.createFileURI(examples().resolve("complete.mentor").toAbsolutePath().toString()), true);
		Agreement agreement = (Agreement) ((MentorFile) resource.getContents().get(0)).getDocument();
		List<String> kinds = agreement.getSections().stream().map(s -> s.eClass().getName()).distinct().sorted().toList();
		assertEquals(List.of("Boundaries", "Cadence", "Career", "Change", "CheckIn", "ConfidentialNote", "Decision",
				"Escalation", "Ethics", "Goal", "Kickoff", "Modes", "Party", "Purpose", "Resources", "Retrospective",
				"Review", "Risk", "Roles", "SignOff"), kinds);
	}
}
