package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.tests.AgreementFixture;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Issue 11: the meetings of {@code clock-changes/} (a time that does not exist or happens twice on a clock
 * change, skipped or kept, in Berlin, New York and Sydney; month ends; zones without a change as controls)
 * as ical4j expands the generated calendar, against the expectation in each file's first line computed with
 * java.time. Mozilla's ical.js expands the same files in org.mentorship.vscode/test/calendar-readers.test.mjs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class ClockChangeCalendarTest {

	@Inject
	private AgreementFixture fixture;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private CalendarGenerator generator;

	static Path cases() {
		return Paths.get(System.getProperty("mentor.clock-changes", "clock-changes"));
	}

	@TestFactory
	Stream<DynamicTest> ical4jShowsTheExpectedMeetings() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(cases())) {
			files = list.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		assertTrue(files.size() >= 15, "clock-change cases found: " + files.size());
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private void check(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Expectation expected = Expectation.of(text);
		Agreement agreement = (Agreement) fixture.parseWithoutErrors(text).getDocument();
		String errors = validation.validate(agreement.eResource()).stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> i.getLineNumber() + ": " + i.getMessage()).collect(Collectors.joining("\n"));
		assertEquals("", errors, "the case has errors");
		Calendar calendar = Ics.read(generator.calendar(agreement));
		VEvent series = Ics.event(calendar, "Mentoring: ");
		assertEquals(expected.instants(), Ics.instants(series, expected.zone));
		List<Instant> once = Ics.events(calendar).stream().filter(e -> ONCE.matcher(Ics.summary(e)).lookingAt())
				.filter(e -> Ics.value(e, "RRULE") == null)
				.flatMap(e -> Ics.instants(e, expected.zone).stream()).sorted().toList();
		assertEquals(onceExpected(text, expected.zone), once, "the kickoff, check-ins and dated retrospectives");
		Matcher every = EVERY.matcher(text);
		if (every.find()) {
			VEvent retrospectives = Ics.events(calendar).stream().filter(e -> Ics.value(e, "RRULE") != null)
					.filter(e -> Ics.summary(e).startsWith("Mentoring retrospective: ")).findFirst().orElseThrow();
			assertEquals(everyExpected(every, expected), Ics.instants(retrospectives, expected.zone), "the retrospectives");
		}
	}

	/** A series of retrospectives at a time: {@code retrospective every 2 weeks starting D at T}. */
	private static final Pattern EVERY = Pattern.compile(
			"(?m)^retrospective every (\\d+) (weeks|months) starting (\\S+) at (\\d\\d:\\d\\d)");

	/** Every n weeks or months from the start to the end of the term (a month without that day has none). */
	private static List<Instant> everyExpected(Matcher every, Expectation term) {
		int n = Integer.parseInt(every.group(1));
		LocalDate first = LocalDate.parse(every.group(3));
		List<Instant> instants = new ArrayList<>();
		for (int k = 0;; k++) {
			LocalDate date = every.group(2).equals("weeks") ? first.plusWeeks((long) n * k) : first.plusMonths((long) n * k);
			if (date.isAfter(term.end())) {
				return instants;
			}
			if (date.getDayOfMonth() == first.getDayOfMonth() || every.group(2).equals("weeks")) {
				instants.add(date.atTime(LocalTime.parse(every.group(4))).atZone(term.zone).toInstant());
			}
		}
	}

	/** The summaries of the events that happen once, when they are written with a date. */
	private static final Pattern ONCE = Pattern.compile("Mentoring (kickoff|check-in|retrospective): ");

	/** The sessions on a date at a time the file writes, placed as RFC 5545 says (see {@link Expectation}). */
	private static List<Instant> onceExpected(String text, ZoneId zone) {
		Matcher m = Pattern.compile("(?m)^(?:kickoff|check-in|retrospective)\\b.*? on (\\S+) at (\\d\\d:\\d\\d)").matcher(text);
		List<Instant> instants = new ArrayList<>();
		while (m.find()) {
			instants.add(LocalDate.parse(m.group(1)).atTime(LocalTime.parse(m.group(2))).atZone(zone).toInstant());
		}
		return instants.stream().sorted().toList();
	}

	/**
	 * The meetings a person expects from the file's first line ({@code // expect: every Sunday at 02:30 from
	 * D to D except D}, {@code day 31 of each month ...}, {@code last day of each month ...}), placed as RFC
	 * 5545 (3.3.5) says: a local time that does not exist takes the offset from before the change (java.time's
	 * {@code atZone} does the same), a time that happens twice is the first of the two (java.time: the earlier
	 * offset).
	 */
	record Expectation(ZoneId zone, List<LocalDate> dates, LocalTime time, LocalDate end) {

		private static final Pattern LINE = Pattern.compile("// expect: (?:every (\\w+)|day (\\d+) of each month"
				+ "|(last) day of each month) at (\\d\\d:\\d\\d) from (\\S+) to (\\S+)(?: except (\\S+))?\\n");
		private static final Pattern ZONE = Pattern.compile("time zone \"([^\"]+)\"");

		static Expectation of(String text) {
			Matcher m = LINE.matcher(text);
			Matcher zone = ZONE.matcher(text);
			assertTrue(m.lookingAt() && zone.find(), "the first line says what to expect, and the agreement has a zone");
			LocalDate from = LocalDate.parse(m.group(5));
			LocalDate to = LocalDate.parse(m.group(6));
			List<LocalDate> dates = new ArrayList<>();
			if (m.group(1) != null) {
				dates.addAll(Ics.everyWeeks(from, to, DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), 1));
			} else {
				for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
					int day = m.group(3) != null ? month.lengthOfMonth() : Integer.parseInt(m.group(2));
					if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(from)
							&& !month.withDayOfMonth(day).isAfter(to)) {
						dates.add(month.withDayOfMonth(day));
					}
				}
			}
			if (m.group(7) != null) {
				assertTrue(dates.remove(LocalDate.parse(m.group(7))), "the skipped date is a meeting day");
			}
			return new Expectation(ZoneId.of(zone.group(1)), dates, LocalTime.parse(m.group(4)), to);
		}

		List<Instant> instants() {
			return dates.stream().map(d -> d.atTime(time).atZone(zone).toInstant()).toList();
		}
	}
}
