package org.mentorship.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.values.Spelling;

import com.google.inject.Inject;

/** Typos as people make them: two letters swapped is one typo; a broken term hides no other header clause. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class TyposTest {

	@Inject
	private RuleFixture fixture;

	@Test
	void twoSwappedLettersAreOneTypo() {
		assertEquals(1, Spelling.distance("aad", "ada"));
		assertEquals(1, Spelling.distance("graec", "grace"));
		assertTrue(Spelling.isClose("aad", "ada"));
	}

	@Test
	void aNameWithSwappedLettersGetsTheNameItMeant() {
		String text = change(BASE, "  ada signed on 2027-01-11", "  aad signed on 2027-01-11");
		Issue issue = fixture.assertIssue(text, IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, "aad");
		assertTrue(issue.getMessage().contains("'ada'"), issue.getMessage());
	}

	@Test
	void aBrokenTermIsTheOneMessageEvenWithATimeZoneAfterIt() {
		String text = change(BASE, "from 2027-01-11 to 2027-07-09", "from 2027-01-11 until 2027-07-09");
		List<Issue> issues = fixture.issues(text);
		List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.MISSING_TIME_ZONE.equals(i.getCode())), issues.toString());
	}

	/** The one message of a section word in another form: it names the word meant, and the part is not "missing". */
	private void oneErrorSuggesting(String text, String meant) {
		List<Issue> issues = fixture.issues(text);
		assertEquals(1, issues.size(), RuleFixture.describe(issues));
		assertEquals(IssueCodes.SYNTAX, issues.get(0).getCode(), RuleFixture.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("Did you mean '" + meant + "'?"), RuleFixture.describe(issues));
	}

	@Test
	void aSignOffWrittenAsTwoWordsNamesTheWord() {
		oneErrorSuggesting(change(BASE, "sign-off\n", "sign off\n"), "sign-off");
	}

	@Test
	void aCheckInWrittenAsTwoWordsNamesTheWord() {
		oneErrorSuggesting(change(BASE, "check-in on", "check in on"), "check-in");
	}

	@Test
	void boundariesInTheSingularNamesTheWord() {
		oneErrorSuggesting(change(BASE, "boundaries\n", "boundary\n"), "boundaries");
	}

	@Test
	void aRetrospectiveWrittenShortNamesTheWord() {
		oneErrorSuggesting(change(BASE, "retrospective every", "retro every"), "retrospective");
	}
}
