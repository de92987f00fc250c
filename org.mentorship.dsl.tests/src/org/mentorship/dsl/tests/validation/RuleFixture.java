package org.mentorship.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Inject;

/**
 * Validates .mentor text and asserts on single rules. {@link #BASE} is a complete agreement with no
 * issue at all (while "today" is FixedClockInjectorProvider.TODAY); each rule test changes one thing.
 */
public class RuleFixture {

	public static final String BASE = """
			agreement a-b "Lead reviews"
			  version 1
			  from 2027-01-11 to 2027-07-09
			  time zone "Europe/Berlin"

			purpose "Grace wants to lead design reviews."

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			goal reviews "Lead three design reviews"
			  milestone "Shadow two reviews" due 2027-02-12
			  evidence artifact "review notes" from grace
			  success at least 3 "reviews led"

			cadence
			  biweekly on Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			check-in on 2027-04-13 "Recalibrate"

			retrospective every 3 months starting 2027-04-06

			ethics
			  confidentiality "Stays between us."
			  consent "Ask before sharing work."
			  conflicts of interest "none declared"

			resources
			  ada offers 3 hours per month

			sign-off
			  ada signed on 2027-01-11
			  grace signed on 2027-01-11

			review on 2027-06-29
			""";

	@Inject
	private ParseHelper<MentorFile> parser;

	@Inject
	private ValidationTestHelper validation;

	public List<Issue> issues(String text) {
		return issues(text, null);
	}

	/** Issues of the text, parsed into the given resource set (where other files may live). */
	public List<Issue> issues(String text, ResourceSet set) {
		try {
			MentorFile file = set == null ? parser.parse(text) : parser.parse(text, set);
			return validation.validate(file);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	public MentorFile parse(String text) {
		try {
			return parser.parse(text);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Replaces exactly one occurrence, so a typo in a test fails loudly instead of testing nothing. */
	public static String change(String text, String from, String to) {
		int at = text.indexOf(from);
		assertTrue(at >= 0, "not in the text: " + from);
		assertEquals(-1, text.indexOf(from, at + 1), "more than once in the text: " + from);
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	public static String without(String text, String part) {
		return change(text, part, "");
	}

	/** Exactly one issue with this code, with this severity, starting where {@code at} starts in the text. */
	public Issue assertIssue(String text, String code, Severity severity, String at) {
		return assertIssue(issues(text), text, code, severity, at);
	}

	public static Issue assertIssue(List<Issue> issues, String text, String code, Severity severity, String at) {
		List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> "expected one " + code + " in " + describe(issues));
		Issue issue = found.get(0);
		assertEquals(severity, issue.getSeverity(), issue::getMessage);
		int offset = text.indexOf(at);
		assertTrue(offset >= 0, "marker not in text: " + at);
		assertEquals(offset, issue.getOffset().intValue(), () -> "position of " + code + ": " + issue.getMessage());
		assertNotEquals(0, issue.getLength().intValue());
		return issue;
	}

	public void assertNoIssue(String text, String code) {
		List<Issue> issues = issues(text);
		assertTrue(issues.stream().noneMatch(i -> code.equals(i.getCode())), () -> describe(issues));
	}

	public void assertClean(String text) {
		List<Issue> issues = issues(text);
		assertEquals("", describe(issues));
	}

	public static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " @" + i.getLineNumber() + ":"
				+ i.getColumn() + " " + i.getMessage()).collect(Collectors.joining("\n"));
	}

}
