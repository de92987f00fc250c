package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.dsl.tests.generator.Ics.dayOfMonth;
import static org.mentorship.dsl.tests.generator.Ics.event;
import static org.mentorship.dsl.tests.generator.Ics.events;
import static org.mentorship.dsl.tests.generator.Ics.everyWeeks;
import static org.mentorship.dsl.tests.generator.Ics.instants;
import static org.mentorship.dsl.tests.generator.Ics.instantsAt;
import static org.mentorship.dsl.tests.generator.Ics.localStarts;
import static org.mentorship.dsl.tests.generator.Ics.nthWeekday;
import static org.mentorship.dsl.tests.generator.Ics.read;
import static org.mentorship.dsl.tests.generator.Ics.value;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.generator.ics.CalendarGenerator.Method;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.tests.AgreementFixture;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.RRule;

/**
 * The calendar of dedicated agreements, read back with ical4j: valid, with the occurrences that
 * java.time loops compute, stable UIDs, and user texts that stay texts.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class CalendarGeneratorTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Inject
	private AgreementFixture fixture;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private CalendarGenerator generator;

	/**
	 * A complete agreement (no validation errors) whose header and cadence the test chooses. Further
	 * sections can be appended.
	 */
	private Agreement agreement(String zone, String from, String to, String cadence, String... more) {
		String text = "agreement t-2027 \"Testing the calendar\"\n"
				+ "  version 3\n"
				+ "  from " + from + " to " + to + "\n"
				+ (zone == null ? "" : "  time zone \"" + zone + "\"\n")
				+ """
						purpose "Grace wants to lead design reviews."
						mentor ada "Ada Lovelace" email "ada@example.org"
						mentee grace "Grace Hopper" email "grace@example.org"
						goal reviews "Lead three design reviews"
						  milestone shadow "Shadow two reviews" due %s
						  evidence artifact "review notes" from grace
						  success at least 3 "reviews led"
						boundaries
						  reply within 2 working days on "e-mail"
						sign-off
						  ada signed on %s
						  grace signed on %s
						review on %s
						""".formatted(to, from, from, to)
				+ "cadence\n  " + cadence + "\n" + String.join("\n", more) + "\n";
		Agreement agreement = fixture.agreement(text);
		String errors = validation.validate(agreement.eResource()).stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> i.getLineNumber() + ": " + i.getMessage()).collect(Collectors.joining("\n"));
		assertEquals("", errors, "the test agreement has errors:\n" + text);
		return agreement;
	}

	private VEvent series(Calendar calendar) {
		return event(calendar, "Mentoring: ");
	}

	private static String rrule(VEvent event) {
		return value(event, Property.RRULE);
	}

	// -------------------------------------------------------------------------------------------
	// Recurrence
	// -------------------------------------------------------------------------------------------

	@Test
	void weeklyMeetsOnTheDayEveryWeekUntilTheEndOfTheTerm() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes");
		VEvent series = series(read(generator.calendar(a)));

		assertEquals("FREQ=WEEKLY;UNTIL=20270331T215959Z;BYDAY=TU", rrule(series));
		assertEquals("20270112T100000", value(series, Property.DTSTART));
		assertEquals("Europe/Berlin", series.getProperty(Property.DTSTART).get().getParameter("TZID").get().getValue());
		assertEquals("PT1H", value(series, Property.DURATION));
		List<LocalDate> expected = everyWeeks(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31), DayOfWeek.TUESDAY, 1);
		assertEquals(12, expected.size());
		assertEquals(instantsAt(expected, LocalTime.of(10, 0), BERLIN), instants(series, BERLIN));
	}

	@Test
	void biweeklyMeetsEveryOtherWeekAcrossTheAmericanClockChange() {
		Agreement a = agreement("America/Chicago", "2027-01-11", "2027-04-09",
				"biweekly on Thursday at 16:00 for 45 minutes by video at \"https://meet.example.org/sam-lee\"");
		VEvent series = series(read(generator.calendar(a)));

		assertEquals("FREQ=WEEKLY;UNTIL=20270410T045959Z;INTERVAL=2;BYDAY=TH", rrule(series));
		assertEquals("PT45M", value(series, Property.DURATION));
		List<LocalDate> expected = everyWeeks(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 9), DayOfWeek.THURSDAY, 2);
		assertEquals(List.of(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 28), LocalDate.of(2027, 2, 11),
				LocalDate.of(2027, 2, 25), LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 25), LocalDate.of(2027, 4, 8)),
				expected);
		assertEquals(instantsAt(expected, LocalTime.of(16, 0), CHICAGO), instants(series, CHICAGO));
		assertEquals("https://meet.example.org/sam-lee", value(series, Property.URL));
		assertEquals("https://meet.example.org/sam-lee", value(series, Property.LOCATION));
	}

	@Test
	void monthlyOnTheSecondTuesday() {
		Agreement a = agreement("Europe/London", "2027-01-12", "2027-09-14",
				"monthly on the second Tuesday at 17:00 for 60 minutes in person at \"The Old Library, room 2\"");
		VEvent series = series(read(generator.calendar(a)));

		assertEquals("FREQ=MONTHLY;UNTIL=20270914T225959Z;BYDAY=2TU", rrule(series));
		List<LocalDate> expected = nthWeekday(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 9, 14), DayOfWeek.TUESDAY, 2);
		assertEquals(9, expected.size());
		assertEquals(LocalDate.of(2027, 9, 14), expected.get(8)); // the last day of the term, at 17:00
		assertEquals(instantsAt(expected, LocalTime.of(17, 0), LONDON), instants(series, LONDON));
		assertEquals("The Old Library, room 2", series.getLocation().getValue());
		assertTrue(series.getProperty(Property.URL).isEmpty());
	}

	@Test
	void monthlyOnTheLastFriday() {
		Agreement a = agreement("Europe/Berlin", "2027-01-04", "2027-06-30", "monthly on the last Friday at 09:30 for 30 minutes");
		VEvent series = series(read(generator.calendar(a)));

		assertEquals("FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=-1FR", rrule(series));
		List<LocalDate> expected = nthWeekday(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), DayOfWeek.FRIDAY, -1);
		assertEquals(6, expected.size());
		assertEquals(instantsAt(expected, LocalTime.of(9, 30), BERLIN), instants(series, BERLIN));
	}

	@Test
	void monthlyOnTheLastDayMeetsEveryMonth() {
		Agreement a = agreement("Europe/Berlin", "2027-01-01", "2027-07-31", "monthly on the last day at 12:30 for 1.5 hours");
		VEvent series = series(read(generator.calendar(a)));
		assertEquals("FREQ=MONTHLY;UNTIL=20270731T215959Z;BYMONTHDAY=-1", rrule(series));
		List<LocalDate> expected = List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
				LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 31));
		assertEquals(instantsAt(expected, LocalTime.of(12, 30), BERLIN), instants(series, BERLIN));
	}

	@Test
	void monthlyOnADayOfTheMonthSkipsMonthsWithoutIt() {
		Agreement a = agreement("Europe/Berlin", "2027-01-01", "2027-07-31", "monthly on day 31 at 12:30 for 1.5 hours");
		VEvent series = series(read(generator.calendar(a)));

		assertEquals("FREQ=MONTHLY;UNTIL=20270731T215959Z;BYMONTHDAY=31", rrule(series));
		assertEquals("PT1H30M", value(series, Property.DURATION));
		List<LocalDate> expected = dayOfMonth(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 31), 31);
		assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31),
				LocalDate.of(2027, 7, 31)), expected);
		assertEquals(instantsAt(expected, LocalTime.of(12, 30), BERLIN), instants(series, BERLIN));
	}

	@Test
	void withoutADayTheStartDateGivesIt() {
		Agreement weekly = agreement("Europe/Berlin", "2027-01-13", "2027-02-28", "weekly at 08:30 for 30 minutes");
		VEvent series = series(read(generator.calendar(weekly)));
		assertEquals("FREQ=WEEKLY;UNTIL=20270228T225959Z;BYDAY=WE", rrule(series));
		assertEquals(instantsAt(everyWeeks(LocalDate.of(2027, 1, 13), LocalDate.of(2027, 2, 28), DayOfWeek.WEDNESDAY, 1),
				LocalTime.of(8, 30), BERLIN), instants(series, BERLIN));

		Agreement monthly = agreement("Europe/Berlin", "2027-01-13", "2027-06-30", "monthly at 08:30 for 30 minutes");
		VEvent monthlySeries = series(read(generator.calendar(monthly)));
		assertEquals("FREQ=MONTHLY;UNTIL=20270630T215959Z;BYMONTHDAY=13", rrule(monthlySeries));
		assertEquals(instantsAt(dayOfMonth(LocalDate.of(2027, 1, 13), LocalDate.of(2027, 6, 30), 13), LocalTime.of(8, 30),
				BERLIN), instants(monthlySeries, BERLIN));
	}

	@Test
	void theMeetingStaysAtTenLocalTimeWhenBerlinChangesTheClocks() {
		Agreement a = agreement("Europe/Berlin", "2027-03-01", "2027-04-30", "weekly on Monday at 10:00 for 60 minutes");
		VEvent series = series(read(generator.calendar(a)));

		List<LocalDate> expected = everyWeeks(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30), DayOfWeek.MONDAY, 1);
		List<Instant> actual = instants(series, BERLIN);
		assertEquals(instantsAt(expected, LocalTime.of(10, 0), BERLIN), actual);
		// the clocks go forward on Sunday 2027-03-28: 10:00 is 09:00 UTC before and 08:00 UTC after
		assertTrue(actual.contains(Instant.parse("2027-03-22T09:00:00Z")));
		assertTrue(actual.contains(Instant.parse("2027-03-29T08:00:00Z")));
		assertTrue(localStarts(series, BERLIN).stream().allMatch(t -> t.toLocalTime().equals(LocalTime.of(10, 0))));
	}

	@Test
	void aTermEndingMidWeekEndsTheSeriesOnItsLastDay() {
		// ends on Wednesday 2027-02-17: the last Thursday meeting is 2027-02-11
		Agreement thursdays = agreement("Europe/Berlin", "2027-01-04", "2027-02-17", "weekly on Thursday at 10:00 for 60 minutes");
		List<LocalDateTime> starts = localStarts(series(read(generator.calendar(thursdays))), BERLIN);
		assertEquals(LocalDateTime.of(2027, 2, 11, 10, 0), starts.get(starts.size() - 1));
		assertEquals(Ics.at(everyWeeks(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 17), DayOfWeek.THURSDAY, 1),
				LocalTime.of(10, 0)), starts);

		// a meeting late on the last day itself still happens; UNTIL is that day's end, in UTC
		Agreement wednesdays = agreement("America/Chicago", "2027-01-04", "2027-02-17",
				"weekly on Wednesday at 23:30 for 20 minutes");
		VEvent series = series(read(generator.calendar(wednesdays)));
		assertEquals("FREQ=WEEKLY;UNTIL=20270218T055959Z;BYDAY=WE", rrule(series));
		RRule<?> rule = series.getProperty(Property.RRULE).map(p -> (RRule<?>) p).get();
		assertEquals(Instant.parse("2027-02-18T05:59:59Z"), Instant.from(rule.getRecur().getUntil()));
		List<LocalDateTime> late = localStarts(series, CHICAGO);
		assertEquals(7, late.size());
		assertEquals(LocalDateTime.of(2027, 2, 17, 23, 30), late.get(late.size() - 1));
	}

	@Test
	void aCheckInOrKickoffAtTheTimeOfAMeetingTakesItsPlace() {
		// written as people write them ("the check-in is at our usual session"): the calendar showed the meeting and the
		// check-in at once, two events for one meeting; now the series leaves that meeting out
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 10:00 for 60 minutes",
				"kickoff on 2027-01-12 at 10:00 for 90 minutes", "check-in on 2027-04-06 at 10:30",
				"check-in late on 2027-04-20 at 11:00", "retrospective on 2027-05-18");
		VEvent series = series(read(generator.calendar(a)));
		// 01-12 (the kickoff) is no meeting: the series starts on 01-26; 04-06 overlaps the check-in at 10:30; a check-in
		// right after the meeting (11:00) and an all-day retrospective leave theirs in place
		assertEquals("20270126T100000", value(series, Property.DTSTART));
		List<LocalDate> expected = new ArrayList<>(everyWeeks(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 7, 9), DayOfWeek.TUESDAY, 2));
		expected.remove(LocalDate.of(2027, 1, 12));
		expected.remove(LocalDate.of(2027, 4, 6));
		assertEquals(instantsAt(expected, LocalTime.of(10, 0), BERLIN), instants(series, BERLIN));
	}

	@Test
	void skippedDatesAreExceptionsAtTheMeetingTime() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-07-09",
				"biweekly on Tuesday at 10:00 for 60 minutes\n  skip 2027-04-06, 2027-05-25, 2027-01-12");
		VEvent series = series(read(generator.calendar(a)));

		// 2027-01-12 was the first meeting: the series starts with the next one
		assertEquals("20270126T100000", value(series, Property.DTSTART));
		// 2027-05-25 is no meeting day (the series meets on 05-18 and 06-01), so it is no exception
		Property exdate = series.getProperty(Property.EXDATE).get();
		assertEquals("20270406T100000", exdate.getValue());
		assertEquals("Europe/Berlin", exdate.getParameter("TZID").get().getValue());
		List<LocalDate> expected = new ArrayList<>(everyWeeks(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 7, 9), DayOfWeek.TUESDAY, 2));
		expected.remove(LocalDate.of(2027, 1, 12));
		expected.remove(LocalDate.of(2027, 4, 6));
		assertEquals(11, expected.size());
		assertEquals(instantsAt(expected, LocalTime.of(10, 0), BERLIN), instants(series, BERLIN));
	}

	@Test
	void aSkippedMeetingOnTheSpringClockChangeIsExcludedAtItsWrittenTime() {
		// Berlin skips 02:00-03:00 on Sunday 2027-03-28: the meeting "at 02:30" does not exist that day
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "monthly on the last Sunday at 02:30 for 60 minutes",
				"  skip 2027-03-28");
		String ics = generator.calendar(a);
		// the text as written (ical4j's parser would move the value to 03:30 when reading it back)
		assertTrue(ics.contains("\r\nEXDATE;TZID=Europe/Berlin:20270328T023000\r\n"), ics);
		VEvent series = series(read(ics));
		List<LocalDate> expected = List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 4, 25),
				LocalDate.of(2027, 5, 30), LocalDate.of(2027, 6, 27));
		assertEquals(instantsAt(expected, LocalTime.of(2, 30), BERLIN), instants(series, BERLIN));
	}

	@Test
	void aSeriesThatStartsOnTheSpringClockChangeKeepsItsWrittenTime() {
		Agreement a = agreement("Europe/Berlin", "2027-03-28", "2027-05-30", "weekly on Sunday at 02:30 for 60 minutes");
		String ics = generator.calendar(a);
		// a reader expands the series from DTSTART's local time, 02:30 (RFC 5545, 3.3.10), and places that
		// first, skipped, time after the change (3.3.5). Before, DTSTART said 03:30, and so did every meeting.
		assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Berlin:20270328T023000\r\n"), ics);
		// (ical4j's reader moves DTSTART to 03:30 while parsing, so its own expansion cannot show the later ones)
		assertEquals(LocalDateTime.of(2027, 3, 28, 3, 30), localStarts(series(read(ics)), BERLIN).get(0));
	}

	@Test
	void withoutATimeZoneTimesAreFloating() {
		Agreement a = agreement(null, "2027-01-11", "2027-02-28", "weekly on Tuesday at 10:00 for 60 minutes",
				"check-in on 2027-02-02 at 11:00 \"Halfway\"");
		String ics = generator.calendar(a);
		Calendar calendar = read(ics);
		assertTrue(calendar.getComponents(Component.VTIMEZONE).isEmpty());
		VEvent series = series(calendar);
		assertEquals("20270112T100000", value(series, Property.DTSTART));
		assertTrue(series.getProperty(Property.DTSTART).get().getParameter("TZID").isEmpty());
		assertEquals("FREQ=WEEKLY;UNTIL=20270228T235959;BYDAY=TU", rrule(series));
		assertFalse(ics.contains("TZID"));
	}

	// -------------------------------------------------------------------------------------------
	// Single events
	// -------------------------------------------------------------------------------------------

	@Test
	void kickoffCheckInsRetrospectivesMilestonesAndReview() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 10:00 for 60 minutes",
				"kickoff on 2027-01-11 at 09:00 \"Read the agreement together\"",
				"check-in mid on 2027-04-13 at 10:00 \"Are the goals right?\" about reviews",
				"check-in on 2027-05-11",
				"retrospective on 2027-03-09 at 11:00\n  prompt \"What helped?\"\n  prompt \"What slowed you down?\"",
				"retrospective every 2 months starting 2027-03-16 at 15:00 for 45 minutes",
				"goal talks \"Give two talks\"\n  milestone \"First talk\" due 2027-03-01\n  milestone \"Second talk\" due 2027-06-01");
		Calendar calendar = read(generator.calendar(a));
		assertEquals(10, events(calendar).size());

		VEvent kickoff = event(calendar, "Mentoring kickoff: Ada & Grace");
		assertEquals("20270111T090000", value(kickoff, Property.DTSTART));
		assertEquals("PT1H", value(kickoff, Property.DURATION)); // no length given: 60 minutes
		assertEquals("Read the agreement together", kickoff.getDescription().getValue());

		List<VEvent> checkIns = events(calendar).stream().filter(e -> Ics.summary(e).startsWith("Mentoring check-in")).toList();
		assertEquals(2, checkIns.size());
		assertEquals("PT30M", value(checkIns.get(0), Property.DURATION)); // no length given: 30 minutes
		assertEquals("Are the goals right?\nGoals to look at:\n- Lead three design reviews",
				checkIns.get(0).getDescription().getValue());
		// no time: an all-day event
		assertEquals("20270511", value(checkIns.get(1), Property.DTSTART));
		assertEquals("DATE", checkIns.get(1).getProperty(Property.DTSTART).get().getParameter("VALUE").get().getValue());
		assertEquals("20270512", value(checkIns.get(1), Property.DTEND));

		List<VEvent> retrospectives = events(calendar).stream()
				.filter(e -> Ics.summary(e).startsWith("Mentoring retrospective")).toList();
		assertEquals(2, retrospectives.size());
		assertEquals("PT1H", value(retrospectives.get(0), Property.DURATION));
		assertEquals("Prompts:\n- What helped?\n- What slowed you down?", retrospectives.get(0).getDescription().getValue());
		VEvent recurring = retrospectives.get(1);
		assertEquals("FREQ=MONTHLY;UNTIL=20270709T215959Z;INTERVAL=2", rrule(recurring));
		assertEquals("PT45M", value(recurring, Property.DURATION));
		// 2027-07-16 would be after the end of the term
		assertEquals(instantsAt(List.of(LocalDate.of(2027, 3, 16), LocalDate.of(2027, 5, 16)), LocalTime.of(15, 0), BERLIN),
				instants(recurring, BERLIN));

		VEvent milestone = event(calendar, "Milestone due: First talk (Give two talks)");
		assertEquals("20270301", value(milestone, Property.DTSTART));
		assertEquals("20270302", value(milestone, Property.DTEND));
		assertEquals("TRANSPARENT", value(milestone, Property.TRANSP));
		assertEquals(List.of(LocalDate.of(2027, 3, 1)), Ics.dates(milestone, BERLIN));
		event(calendar, "Milestone due: Second talk (Give two talks)");
		event(calendar, "Milestone due: Shadow two reviews (Lead three design reviews)");

		VEvent review = event(calendar, "Review of the agreement");
		assertEquals("20270709", value(review, Property.DTSTART));
		assertEquals("20270710", value(review, Property.DTEND));
	}

	@Test
	void theSeriesSaysWhatToDoAndRemindsADayAhead() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes",
				"  agenda \"Grace's topics\", \"Next actions\"", "  grace brings \"questions\"", "  ada provides \"feedback\"");
		VEvent series = series(read(generator.calendar(a)));
		assertEquals("Mentoring: Ada & Grace", Ics.summary(series));
		assertEquals("Agenda:\n1. Grace's topics\n2. Next actions\nPreparation:\n- Grace Hopper brings: questions\n"
				+ "- Ada Lovelace provides: feedback", series.getDescription().getValue());
		Component alarm = series.getComponents().get(0);
		assertEquals("VALARM", alarm.getName());
		assertEquals("DISPLAY", value(alarm, Property.ACTION));
		assertEquals("-P1D", value(alarm, Property.TRIGGER));
		assertEquals("Tomorrow: Mentoring: Ada & Grace. Prepare: Grace Hopper brings: questions; Ada Lovelace provides: feedback.",
				value(alarm, Property.DESCRIPTION));
	}

	@Test
	void thePartiesAreCalledByTheWordOfTheirNameTheFileUses() {
		// "Nguyen Van Hoang" (family name first) was "Mentoring: Lena & Nguyen": the word of the full name that is the
		// party's name in the file (hoang) is how the pair calls him; without one, the first word as before
		Agreement a = fixture.agreement("""
				agreement names-2027 "Names"
				  from 2027-01-11 to 2027-03-31
				  time zone "Asia/Ho_Chi_Minh"
				mentor lena "Lena Schmidt"
				co-mentor ines "Inês Carvalho"
				mentee hoang "Nguyen Van Hoang"
				cadence
				  weekly on Tuesday at 10:00 for 60 minutes
				""");
		assertEquals("Mentoring: Lena, Inês & Hoang", Ics.summary(series(read(generator.calendar(a)))));
	}

	// -------------------------------------------------------------------------------------------
	// Identity: UID, SEQUENCE, DTSTAMP
	// -------------------------------------------------------------------------------------------

	@Test
	void regeneratingGivesTheSameFileAndTheSameUids() {
		String[] parts = { "check-in mid on 2027-04-13 at 10:00 \"Are the goals right?\"", "kickoff on 2027-01-11" };
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 10:00 for 60 minutes", parts);
		Agreement again = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 10:00 for 60 minutes", parts);
		String first = generator.calendar(a);
		assertEquals(first, generator.calendar(a));
		assertEquals(first, generator.calendar(again));

		List<String> uids = uids(read(first));
		assertEquals(uids.size(), uids.stream().distinct().count(), "UIDs are unique");
		assertTrue(uids.stream().allMatch(u -> u.endsWith("@mentorship")));
		assertTrue(uids.contains(CalendarGenerator.uid("t-2027", "cadence/1")));
		assertTrue(uids.contains(CalendarGenerator.uid("t-2027", "check-in/mid")));
		assertTrue(uids.contains(CalendarGenerator.uid("t-2027", "goal/reviews/milestone/shadow")));

		// other texts, another time and another check-in date: the same items keep their UIDs
		Agreement edited = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 11:00 for 30 minutes",
				"check-in mid on 2027-04-20 at 10:00 \"Still the right goals?\"", "kickoff on 2027-01-12");
		edited.setTitle("Another title");
		assertEquals(uids, uids(read(generator.calendar(edited))));
	}

	@Test
	void sequenceIsTheVersionAndDtstampTheLastChange() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 10:00 for 60 minutes");
		Calendar calendar = read(generator.calendar(a));
		for (VEvent e : events(calendar)) {
			assertEquals("3", value(e, Property.SEQUENCE));
			assertEquals("20270111T000000Z", value(e, Property.DTSTAMP)); // no change logged: the start
		}
		a.setVersion(0);
		assertTrue(events(read(generator.calendar(a))).stream().allMatch(e -> "0".equals(value(e, Property.SEQUENCE))));

		Agreement changed = agreement("Europe/Berlin", "2027-01-11", "2027-07-09", "biweekly on Tuesday at 10:00 for 60 minutes",
				"changed on 2027-02-02 in version 2 \"Added a goal.\"", "changed on 2027-03-01 in version 3 \"New time.\"");
		assertTrue(events(read(generator.calendar(changed))).stream()
				.allMatch(e -> "20270301T000000Z".equals(value(e, Property.DTSTAMP))));
	}

	private static List<String> uids(Calendar calendar) {
		return events(calendar).stream().map(e -> value(e, Property.UID)).toList();
	}

	// -------------------------------------------------------------------------------------------
	// Texts
	// -------------------------------------------------------------------------------------------

	private static final String INJECTION = "x\r\nATTENDEE:mailto:evil@example.com";

	@Test
	void hostileTextsStayTexts() {
		String title = "Commas, semicolons; back\\slashes \\n and " + INJECTION;
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31",
				"weekly on Tuesday at 10:00 for 60 minutes in person at \"Room 4; \\\\server\\share, 2nd floor\"",
				"  agenda \"" + INJECTION + "\", “She said \"hi\"; then left, C:\\temp\\notes”",
				"  grace brings \"notes\r\nEND:VEVENT\r\nBEGIN:VEVENT\"",
				"check-in on 2027-02-02 at 10:00 \"" + INJECTION + "\"");
		a.setTitle(title);
		((org.mentorship.dsl.mentor.Purpose) a.getSections().get(0)).setText("Purpose " + INJECTION);
		String ics = generator.calendar(a);
		Calendar calendar = read(ics);

		// the series, the check-in, the milestone and the review: no event was injected
		assertEquals(4, events(calendar).size());
		assertEquals(4, ics.lines().filter("BEGIN:VEVENT"::equals).count());
		assertEquals(4, ics.lines().filter("END:VEVENT"::equals).count());
		for (Component c : calendar.getComponents()) {
			assertTrue(c.getProperties(Property.ATTENDEE).isEmpty(), () -> "an ATTENDEE appeared in " + c);
		}
		assertTrue(calendar.getProperties(Property.ATTENDEE).isEmpty());
		assertFalse(ics.contains("\r\nATTENDEE"));

		assertEquals("Commas, semicolons; back\\slashes \\n and x ATTENDEE:mailto:evil@example.com",
				value(calendar, "X-WR-CALNAME"));
		assertEquals("Purpose x ATTENDEE:mailto:evil@example.com", value(calendar, "X-WR-CALDESC"));
		VEvent series = series(calendar);
		assertEquals("Room 4; \\server\\share, 2nd floor", series.getLocation().getValue());
		assertEquals("Agenda:\n1. x ATTENDEE:mailto:evil@example.com\n2. She said \"hi\"; then left, C:\\temp\\notes\n"
				+ "Preparation:\n- Grace Hopper brings: notes END:VEVENT BEGIN:VEVENT", series.getDescription().getValue());
		assertEquals("x ATTENDEE:mailto:evil@example.com", event(calendar, "Mentoring check-in").getDescription().getValue());
	}

	/**
	 * A text that ends with a backslash, before the line break that separates it from the next item,
	 * is written as RFC 5545 says (an escaped backslash, then an escaped line break). ical4j 4.4.0's
	 * own reader decodes exactly this sequence wrongly (PropertyCodec keeps "\\n" as "\" + "n"), so
	 * this test looks at the written line rather than at ical4j's reading of it.
	 */
	@Test
	void aTextEndingWithABackslashIsEscapedAsTheRfcSays() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes",
				"  agenda \"Files are in C:\\temp\\\\\", \"Next\"");
		String ics = generator.calendar(a);
		read(ics);
		String unfolded = ics.replace("\r\n ", "");
		assertTrue(unfolded.contains("\r\nDESCRIPTION:Agenda:\\n1. Files are in C:\\\\temp\\\\\\n2. Next\r\n"), unfolded);
	}

	@Test
	void multiLineTextBecomesOneLine() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes",
				"check-in on 2027-02-02 at 10:00 \"Are the goals\n    still right?\n\n    Recalibrate.\"");
		Calendar calendar = read(generator.calendar(a));
		assertEquals("Are the goals still right? Recalibrate.", event(calendar, "Mentoring check-in").getDescription().getValue());
	}

	@Test
	void longLinesAreFoldedAt75OctetsEvenWithAccentsAndEmoji() {
		String long1 = "Zoë’s “großes” Thema — 日本語のテキスト 🙂🙂🙂 ".repeat(6).strip();
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes",
				"  agenda \"" + long1 + "\"", "check-in on 2027-02-02 at 10:00 \"" + "a".repeat(300) + "\"");
		String ics = generator.calendar(a);
		Calendar calendar = read(ics); // asserts the 75 octets
		assertEquals("Agenda:\n1. " + long1, series(calendar).getDescription().getValue());
		assertEquals("a".repeat(300), event(calendar, "Mentoring check-in").getDescription().getValue());
		assertTrue(ics.lines().anyMatch(l -> l.startsWith(" ")), "long lines are folded");
	}

	// -------------------------------------------------------------------------------------------
	// PUBLISH and REQUEST
	// -------------------------------------------------------------------------------------------

	@Test
	void publishHasTheOrganizerButNoAttendees() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes");
		Calendar calendar = read(generator.calendar(a, Method.PUBLISH));
		assertEquals("PUBLISH", value(calendar, Property.METHOD));
		for (VEvent e : events(calendar)) {
			assertTrue(e.getProperties(Property.ATTENDEE).isEmpty());
			assertEquals("mailto:ada@example.org", value(e, Property.ORGANIZER));
		}
		assertEquals(generator.calendar(a), generator.calendar(a, Method.PUBLISH));
	}

	@Test
	void requestInvitesTheOtherPartiesFromWhoStartsConversations() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes",
				"roles\n  grace starts conversations",
				"sponsor vik \"Vikram Shah\" email \"vikram@example.org\"",
				"stakeholder lena \"Lena Fischer\"");
		Calendar calendar = read(generator.calendar(a, Method.REQUEST));
		assertEquals("REQUEST", value(calendar, Property.METHOD));
		for (VEvent e : events(calendar)) {
			Property organizer = e.getProperty(Property.ORGANIZER).get();
			assertEquals("mailto:grace@example.org", organizer.getValue());
			assertEquals("Grace Hopper", organizer.getParameter("CN").get().getValue());
			List<Attendee> attendees = e.getProperties(Property.ATTENDEE);
			assertEquals(List.of("mailto:ada@example.org", "mailto:vikram@example.org"),
					attendees.stream().map(Property::getValue).toList());
			assertEquals("REQ-PARTICIPANT", attendees.get(0).getParameter("ROLE").get().getValue());
			assertEquals("OPT-PARTICIPANT", attendees.get(1).getParameter("ROLE").get().getValue());
			assertEquals("Vikram Shah", attendees.get(1).getParameter("CN").get().getValue());
		}
	}

	@Test
	void requestWithoutRolesIsOrganizedByTheMentor() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes");
		Calendar calendar = read(generator.calendar(a, Method.REQUEST));
		for (VEvent e : events(calendar)) {
			assertEquals("mailto:ada@example.org", value(e, Property.ORGANIZER));
			assertEquals(List.of("mailto:grace@example.org"),
					e.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList());
		}
	}

	@Test
	void anInvitationNeedsAddresses() {
		Agreement a = agreement("Europe/Berlin", "2027-01-11", "2027-03-31", "weekly on Tuesday at 10:00 for 60 minutes");
		org.mentorship.dsl.mentor.Party grace = org.mentorship.dsl.model.Agreements.parties(a).get(1);
		grace.setEmail(null);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.calendar(a, Method.REQUEST));
		assertTrue(e.getMessage().contains("other party"), e.getMessage());
		// publishing needs none
		read(generator.calendar(a, Method.PUBLISH));

		org.mentorship.dsl.model.Agreements.parties(a).get(0).setEmail(null);
		Calendar calendar = read(generator.calendar(a, Method.PUBLISH));
		String organizer = value(events(calendar).get(0), Property.ORGANIZER);
		assertTrue(organizer.startsWith("urn:uuid:"), organizer);
	}
}
