package org.mentorship.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.tests.validation.RuleFixture;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.values.LinePositions;

import com.google.inject.Inject;

/**
 * Issue 16: a file ending in a lone CR with a syntax error at its end lost that error (Xtext's line
 * computation threw) and the run said 0 errors. Lines and columns are the same for \n, \r\n and \r.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class LineEndingsTest {

	@Inject
	private RuleFixture fixture;

	@Test
	void linePositionsForEveryLineEnding() {
		LinePositions lines = new LinePositions("ab\ncd\r\nef\rg\r");
		int[][] expected = { { 0, 1, 1 }, { 2, 1, 3 }, { 3, 2, 1 }, { 5, 2, 3 }, { 6, 2, 4 }, { 7, 3, 1 }, { 9, 3, 3 },
				{ 10, 4, 1 }, { 11, 4, 2 }, { 12, 5, 1 }, { 99, 5, 1 }, { -1, 1, 1 } };
		for (int[] e : expected) {
			assertEquals(e[1], lines.line(e[0]), "line of " + e[0]);
			assertEquals(e[2], lines.column(e[0]), "column of " + e[0]);
		}
	}

	/** A text without CR takes the quick search for "\n": the same lines as the look at every character. */
	@Test
	void textsWithoutCrGetTheSameLinesBothWays() {
		java.util.Random random = new java.util.Random(13);
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(60); i > 0; i--) {
				text.append(random.nextInt(4) == 0 ? '\n' : (char) ('a' + random.nextInt(3)));
			}
			LinePositions quick = new LinePositions(text.toString()); // a String: the search
			LinePositions walked = new LinePositions(text); // any other text: every character
			assertEquals(walked.count(), quick.count(), text.toString());
			for (int offset = -1; offset <= text.length() + 1; offset++) {
				assertEquals(walked.line(offset), quick.line(offset), text + " @" + offset);
				assertEquals(walked.column(offset), quick.column(offset), text + " @" + offset);
			}
		}
	}

	@Test
	void aSyntaxErrorAtTheEndOfALoneCrFileIsReported() {
		for (String text : List.of("agreement\r", "agreement a \"T\"\r  from 2027-01-11 to\r")) {
			List<Issue> issues = fixture.issues(text);
			String all = RuleFixture.describe(issues);
			assertTrue(issues.stream().anyMatch(Issue::isSyntaxError), all);
			assertTrue(issues.stream().noneMatch(i -> IssueCodes.INTERNAL.equals(i.getCode())), all);
		}
	}

	@Test
	void everyLineEndingGivesTheSamePositions() {
		// errors in the middle (a misspelt word, an impossible date) and at the very end (a cut-off line)
		String text = RuleFixture.BASE.replace("mentee grace", "mentie grace").replace("due 2027-02-12", "due 2027-02-30")
				+ "check-in on";
		String lf = describe(fixture.issues(text));
		assertTrue(lf.contains("@9:"), lf);
		assertEquals(lf, describe(fixture.issues(text.replace("\n", "\r\n"))));
		assertEquals(lf, describe(fixture.issues(text.replace("\n", "\r"))));
		List<Issue> crAtEnd = fixture.issues(text.replace("\n", "\r") + "\r");
		assertEquals(lf.lines().filter(l -> !l.startsWith(IssueCodes.SYNTAX)).toList(),
				describe(crAtEnd).lines().filter(l -> !l.startsWith(IssueCodes.SYNTAX)).toList());
		assertTrue(crAtEnd.stream().anyMatch(Issue::isSyntaxError), describe(crAtEnd));
	}

	@Test
	void aCommentEndsAtAnyLineEnding() {
		// the comment rule wanted \n after \r: with old Mac line endings a comment line was a syntax error
		String text = "// notes of our first talk\n" + RuleFixture.BASE.replace("  version 1\n", "  version 1 // draft\n");
		String lf = describe(fixture.issues(text));
		assertTrue(fixture.issues(text).stream().noneMatch(Issue::isSyntaxError), lf);
		assertEquals(lf, describe(fixture.issues(text.replace("\n", "\r\n"))));
		assertEquals(lf, describe(fixture.issues(text.replace("\n", "\r"))));
	}

	private static String describe(List<Issue> issues) {
		return String.join("\n", issues.stream().map(i -> i.getCode() + " @" + i.getLineNumber() + ":" + i.getColumn() + "-"
				+ i.getLineNumberEnd() + ":" + i.getColumnEnd() + " " + i.getMessage()).sorted().toList());
	}
}
