package org.mentorship.dsl.tests.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.dsl.tests.validation.RuleFixture.BASE;
import static org.mentorship.dsl.tests.validation.RuleFixture.change;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.tests.FixedClockInjectorProvider;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Issue 16: a term of 2147483647 days made the cadence checks enumerate 300 million meeting dates (out
 * of memory) and messages print years such as +1471929. Terms are checked quickly, whatever their length.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FixedClockInjectorProvider.class)
class HugeTermTest {

	/** A year of five digits or more, as LocalDate prints years after 9999. */
	private static final Pattern BIG_YEAR = Pattern.compile("[+-]?\\d{5,}-\\d{2}-\\d{2}");

	@Inject
	private RuleFixture fixture;

	@ParameterizedTest
	@ValueSource(strings = { "2147483647 days", "2147483647 working days", "2147483647 weeks", "2147483647 months",
			"99999999999999999999999 days", "3650000 days" })
	void aHugeLengthIsOneClearErrorAndQuick(String length) {
		String text = change(BASE, "to 2027-07-09", "for " + length);
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fixture.issues(text));
		String all = RuleFixture.describe(issues);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.DURATION_TOO_LONG.equals(i.getCode())
				&& i.getSeverity() == ERROR && i.getMessage().contains("more than ten years")), all);
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.INTERNAL.equals(i.getCode())), all);
		assertTrue(issues.stream().noneMatch(i -> BIG_YEAR.matcher(i.getMessage()).find()), all);
	}

	@Test
	void aTermEndingAfterTheYear9999IsAnError() {
		String text = change(BASE, "from 2027-01-11 to 2027-07-09", "from 9999-06-01 for 12 months");
		List<Issue> issues = fixture.issues(text);
		String all = RuleFixture.describe(issues);
		assertTrue(issues.stream().anyMatch(i -> i.getMessage()
				.equals("A term from 9999-06-01 for 12 months would end after the year 9999: check the dates.")), all);
		assertTrue(issues.stream().noneMatch(i -> BIG_YEAR.matcher(i.getMessage()).find()), all);
	}

	@Test
	void aWrittenTermOfMoreThanTenYearsIsAnErrorAndQuick() {
		String text = change(BASE, "to 2027-07-09", "to 9999-12-31");
		List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fixture.issues(text));
		fixture.assertIssue(text, IssueCodes.DURATION_TOO_LONG, ERROR, "9999-12-31");
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.INTERNAL.equals(i.getCode())), RuleFixture.describe(issues));
		fixture.assertNoIssue(change(BASE, "to 2027-07-09", "to 2037-01-11"), IssueCodes.DURATION_TOO_LONG);
	}

	@Test
	void seriesAreBoundedAndStartWhereAsked() {
		Agreement agreement = (Agreement) fixture.parse(BASE).getDocument();
		Schedule biweekly = ((Cadence) Agreements.sections(agreement, Cadence.class).get(0)).getSchedule();
		LocalDate start = LocalDate.of(2027, 1, 11);
		List<LocalDate> all = MeetingSeries.dates(biweekly, start, start.plusYears(5), Set.of());
		assertEquals(LocalDate.of(2027, 1, 12), all.get(0));
		LocalDate from = LocalDate.of(2028, 3, 1);
		assertEquals(all.stream().filter(d -> !d.isBefore(from)).limit(3).toList(),
				MeetingSeries.dates(biweekly, start, from, start.plusYears(5), Set.of(), 3));
		assertEquals(MeetingSeries.MAX_DATES, MeetingSeries.dates(biweekly, start, LocalDate.MAX.minusYears(1), Set.of()).size());
	}
}
