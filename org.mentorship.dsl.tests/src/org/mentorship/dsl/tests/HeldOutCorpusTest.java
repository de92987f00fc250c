package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Agreements written from the README and the seed text alone, in styles the examples do not use (CRLF, tabs, a byte
 * order mark, no final newline, accents and emoji, comments in odd places, sections back to front, a programme and
 * its agreements, ...): {@code heldout/expected.txt} says for each file that it is clean (no error, no warning) or
 * the one message its one mistake gets (a message per place when the mistake is repeated), and the quick fix's text
 * when there is one. The fixes are applied, and the file must then be clean: the fix is the correction, not just a
 * suggestion. Infos are not counted (a mentor without a time budget).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class HeldOutCorpusTest {

	private static final String FIX = " => ";
	/** Between the messages of a file whose one mistake is made at two places (an accented name, declared and used). */
	private static final String AND = " | ";

	static Path corpus() {
		return Paths.get(System.getProperty("mentor.heldout", "heldout"));
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyFileIsCleanOrGetsItsOneMessageAndItsFixMakesItClean() throws IOException {
		Map<String, String> expected = new LinkedHashMap<>();
		for (String line : Files.readAllLines(corpus().resolve("expected.txt"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				expected.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
			}
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus())) {
			files = list.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		assertEquals(files.stream().map(p -> p.getFileName().toString()).toList(), List.copyOf(expected.keySet()),
				"expected.txt names every file of the corpus, in order");
		List<String> wrong = new ArrayList<>();
		int clean = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			byte[] bytes = Files.readAllBytes(file); // as written: a byte order mark, CRLF
			String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
			List<Issue> issues = problems(name, bytes);
			String got = issues.isEmpty() ? "clean" : String.join(AND, issues.stream().map(HeldOutCorpusTest::describe).toList());
			if (!got.equals(expected.get(name))) {
				wrong.add(name + ": expected " + expected.get(name) + "\n  but got " + got);
			} else if (expected.get(name).contains(FIX)) {
				// fix and check again, as a writer would: a mistake made twice ("8pm to 8:30am") takes two rounds
				for (int round = 0; round < 3 && !issues.isEmpty() && describe(issues.get(0)).contains(FIX); round++) {
					text = applyFix(text, issues.get(0));
					issues = problems(name, text.getBytes(StandardCharsets.UTF_8));
				}
				if (!issues.isEmpty()) {
					wrong.add(name + ": after the fixes, " + issues.stream().map(HeldOutCorpusTest::describe).toList());
				}
			}
			clean += got.equals("clean") ? 1 : 0;
		}
		System.out.println("Held-out corpus: " + files.size() + " files, " + clean + " clean, " + (files.size() - clean)
				+ " with one mistake each; " + wrong.size() + " not as expected");
		assertEquals("", String.join("\n", wrong));
		assertTrue(files.size() >= 40, "the corpus has at least 40 files, found " + files.size());
	}

	/** The errors and warnings of the text, validated together with the programme file of the corpus, as mentor validate does. */
	private List<Issue> problems(String name, byte[] text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		if (!name.startsWith("programme-")) {
			set.getResource(URI.createFileURI(corpus().resolve("programme-returners.mentor").toAbsolutePath().toString()), true);
		}
		Resource resource = set.createResource(URI.createFileURI(corpus().resolve(name).toAbsolutePath().toString()));
		resource.load(new ByteArrayInputStream(text), Map.of());
		EcoreUtil.resolveAll(set);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList();
	}

	/** What the quick fix of a syntax, date or time error writes (quickfix/SyntaxFixes): the replacement for the original. */
	private static String applyFix(String text, Issue issue) {
		IssueData.SyntaxCorrection fix = IssueData.SyntaxCorrection.decode(List.of(issue.getData()));
		int at = text.lastIndexOf(fix.original(), issue.getOffset());
		assertTrue(at >= 0 && at + fix.original().length() >= issue.getOffset(), () -> "the fix's text is not at the issue: " + issue);
		return text.substring(0, at) + fix.replacement() + text.substring(at + fix.original().length());
	}

	private static String describe(Issue issue) {
		boolean correction = IssueCodes.SYNTAX.equals(issue.getCode()) || IssueCodes.DATE_FORMAT.equals(issue.getCode())
				|| IssueCodes.TIME_FORMAT.equals(issue.getCode());
		// two values, or four when the mistake is placed on other words than the parser's ("at 2000", "for 1 year")
		boolean data = issue.getData() != null && (issue.getData().length == 2 || issue.getData().length == 4)
				&& !issue.getData()[0].isEmpty();
		String fix = correction && data ? FIX + issue.getData()[0] : "";
		return issue.getLineNumber() + ":" + issue.getColumn() + " [" + issue.getCode() + "] " + issue.getMessage() + fix;
	}
}
