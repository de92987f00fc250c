package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * One mistake, one message (issue 12): every file of {@code mistakes/} is an example agreement with one
 * mistake (made by {@code mistakes/make-corpus.py}), and its first line says the one error expected:
 * {@code // expect: line:column [code] message}. The test checks that message and position for every
 * file, and prints (and bounds) the share of files that get exactly one error; docs/rules.md records it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class MistakeCorpusTest {

	private static final String EXPECT = "// expect: ";

	static Path corpus() {
		return Paths.get(System.getProperty("mentor.mistakes", "mistakes"));
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyMistakeGetsItsMessageAndMostGetOnlyThat() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus())) {
			files = list.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		assertTrue(files.size() >= 60, "the corpus has at least 60 files, found " + files.size());
		int exactlyOne = 0;
		List<String> wrong = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (Path file : files) {
			List<Issue> errors = errors(file);
			String first = errors.isEmpty() ? "no error" : describe(errors.get(0));
			String expected = Files.readAllLines(file).get(0);
			expected = expected.startsWith(EXPECT) ? expected.substring(EXPECT.length()) : "?";
			if (errors.size() == 1) {
				exactlyOne++;
			}
			if (!expected.equals(first)) {
				wrong.add(file.getFileName() + ": expected " + expected + "\n  but the first error is " + first);
			}
			report.append("mistake ").append(file.getFileName()).append(": ").append(errors.size()).append(" error(s)\n");
			errors.forEach(e -> report.append("  ").append(describe(e)).append('\n'));
		}
		System.out.print(report);
		long percent = Math.round(100.0 * exactlyOne / files.size());
		System.out.println("One mistake, one message: " + exactlyOne + " of " + files.size()
				+ " one-mistake files get exactly one error (" + percent + "%)");
		assertEquals("", String.join("\n", wrong));
		assertTrue(percent >= 90, "only " + percent + "% of the one-mistake files get exactly one error");
	}

	private List<Issue> errors(Path file) {
		XtextResourceSet set = resourceSets.get();
		if (!file.getFileName().toString().contains("programme-women-in-tech")) {
			// the programme file is validated along with an agreement that names it, as mentor validate does
			set.getResource(URI.createFileURI(
					ExamplesTest.examples().resolve("programme-women-in-tech.mentor").toAbsolutePath().toString()), true);
		}
		Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		EcoreUtil.resolveAll(set);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	private static String describe(Issue issue) {
		return issue.getLineNumber() + ":" + issue.getColumn() + " [" + issue.getCode() + "] " + issue.getMessage();
	}
}
