package org.mentorship.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.ide.contentassist.Skeletons;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.tests.validation.RuleFixture;

import com.google.inject.Inject;

/**
 * The skeletons of {@link Skeletons}: a new agreement validates clean, and a snippet says the same words as the
 * plain text a wizard or quick fix writes (its tab stops hold the plain values as their defaults).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class SkeletonsTest {

	private static final Skeletons.NewAgreement SIX_MONTHS = new Skeletons.NewAgreement("new-pair", "Learning to \"review\" code",
			"ada", "Ada Lovelace", "ada@example.org", "grace", "Grace Hopper", "", LocalDate.of(2027, 3, 1), 6, "biweekly",
			DayOfWeek.TUESDAY, "Europe/Berlin");
	private static final Pattern TAB_STOP = Pattern.compile("\\$\\{\\d+(?::((?:[^}\\\\]|\\\\.)*)|\\|((?:[^,|\\\\]|\\\\.)*)[^}]*)\\}");

	@Inject
	private RuleFixture fixture;

	@Test
	void aNewAgreementHasNoErrorOrWarning() {
		List<Issue> issues = fixture.issues(Skeletons.agreement(SIX_MONTHS));
		// the parties have not signed yet and the mentor's time is theirs to state: infos only
		assertEquals(List.of("mentor.budget.missing", "mentor.sign-off.not-signed", "mentor.sign-off.not-signed"),
				issues.stream().map(Issue::getCode).sorted().toList(), () -> RuleFixture.describe(issues));
	}

	@Test
	void theAgreementSnippetIsTheNewAgreementWithTabStops() {
		assertEquals(Skeletons.agreement(SIX_MONTHS), defaults(Skeletons.agreementSnippet(SIX_MONTHS)));
		assertEquals(Skeletons.agreement(SnippetsTest.EXAMPLE_AGREEMENT), defaults(Skeletons.agreementSnippet(SnippetsTest.EXAMPLE_AGREEMENT)));
	}

	@Test
	void theGoalSnippetIsTheGoalAQuickFixAdds() {
		assertEquals(Skeletons.goal("name", "2027-02-01") + "\n", defaults(Skeletons.goalSnippet(LocalDate.of(2027, 2, 1))));
		assertEquals("cadence\n  weekly on Monday at 10:00 for 60 minutes by video\n", defaults(Skeletons.cadenceSnippet(false)));
	}

	/** The snippet with each tab stop replaced by its default (a choice: its first option), unescaped. */
	private static String defaults(String snippet) {
		Matcher m = TAB_STOP.matcher(snippet);
		StringBuilder text = new StringBuilder();
		while (m.find()) {
			String value = m.group(1) != null ? m.group(1) : m.group(2);
			m.appendReplacement(text, Matcher.quoteReplacement(value.replaceAll("\\\\(.)", "$1")));
		}
		return m.appendTail(text).toString();
	}
}
