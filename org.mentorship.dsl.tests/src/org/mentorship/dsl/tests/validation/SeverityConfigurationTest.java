package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Severities come from Xtext's configurable issue codes: every rule a programme may change has its
 * default there (the one docs/rules.md shows), and a programme's choice holds however the rule reports
 * (by feature, on a section's first word, or through the unique-names helper).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class SeverityConfigurationTest {

	private static final String AGREEMENT = change(BASE, "  time zone \"Europe/Berlin\"\n",
			"  time zone \"Europe/Berlin\"\n  programme p\n");
	/** Two goals named reviews (mentor.duplicate-name) and boundaries that say nothing of replies. */
	private static final String FLAWED = change(change(AGREEMENT, "  reply within 2 working days on \"e-mail\"\n", ""),
			"cadence\n", "goal reviews \"Lead a fourth review\"\n  milestone \"Shadow one more\" due 2027-03-12\n\ncadence\n");

	@Inject
	private RuleFixture fixture;

	@Inject
	private ConfigurableIssueCodesProvider issueCodes;

	@Test
	void everyChangeableRuleHasTheDefaultTheRulesDocShows() throws IOException, IllegalAccessException {
		String doc = Files.readString(Path.of(System.getProperty("mentor.docs", "../docs"), "rules.md"));
		Map<String, String> documented = new TreeMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `(mentor\\.[^`]+)` \\| (error|warning|info) \\|").matcher(doc);
		while (row.find()) {
			documented.put(row.group(1), row.group(2));
		}
		Map<String, PreferenceKey> configurable = issueCodes.getConfigurableIssueCodes();
		Map<String, String> configured = new TreeMap<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				if (IssueCodes.isFixedSeverity(code)) {
					assertFalse(configurable.containsKey(code), code + " keeps its severity: it must not be configurable");
				} else {
					assertTrue(configurable.containsKey(code), code + " has no default severity in MentorIssueCodes");
					configured.put(code, configurable.get(code).getDefaultValue());
					assertEquals(documented.get(code), configured.get(code), code + ": docs/rules.md and MentorIssueCodes differ");
				}
			}
		}
		assertTrue(configured.size() > 40, "too few codes found: " + configured.keySet());
	}

	@Test
	void defaultsApplyWithoutAProgrammeLine() {
		List<Issue> issues = withProgramme("", FLAWED);
		assertEquals(ERROR, severity(issues, IssueCodes.DUPLICATE_NAME));
		assertEquals(WARNING, severity(issues, IssueCodes.NO_RESPONSE_TIME));
	}

	@Test
	void aProgrammeChangesTheSeverityOfAFindingOnASectionsFirstWord() {
		List<Issue> issues = withProgramme("severity \"mentor.boundaries.no-response-time\" is error\n", FLAWED);
		assertEquals(ERROR, severity(issues, IssueCodes.NO_RESPONSE_TIME));
		assertEquals(ERROR, severity(issues, IssueCodes.DUPLICATE_NAME), "other rules keep their default");
	}

	@Test
	void aProgrammeChangesOrSilencesTheUniqueNamesRule() {
		assertEquals(WARNING, severity(withProgramme("severity \"mentor.duplicate-name\" is warning\n", FLAWED),
				IssueCodes.DUPLICATE_NAME));
		List<Issue> silenced = withProgramme("severity \"mentor.duplicate-name\" is ignore\n", FLAWED);
		assertTrue(silenced.stream().noneMatch(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())),
				RuleFixture.describe(silenced));
		assertEquals(WARNING, severity(silenced, IssueCodes.NO_RESPONSE_TIME));
	}

	@Test
	void theLastLineForACodeWins() {
		assertEquals(ERROR, severity(withProgramme("severity \"mentor.boundaries.no-response-time\" is ignore\n"
				+ "severity \"mentor.boundaries.no-response-time\" is error\n", FLAWED), IssueCodes.NO_RESPONSE_TIME));
	}

	private List<Issue> withProgramme(String severityLines, String agreement) {
		var programme = fixture.parse("programme p \"P\"\n" + severityLines);
		return fixture.issues(agreement, programme.eResource().getResourceSet());
	}

	private static Severity severity(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in:\n" + RuleFixture.describe(issues))).getSeverity();
	}
}
