package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reading generated calendars back with ical4j, and the expected dates computed independently of the
 * language's own MeetingSeries: plain java.time loops over the calendar.
 */
final class Ics {

	private Ics() {
	}

	/** Parses the text with ical4j's CalendarBuilder (as a calendar app would read the file). */
	static Calendar parse(String ics) {
		try {
			return new CalendarBuilder().build(new StringReader(ics));
		} catch (Exception e) {
			throw new AssertionError("ical4j cannot read the calendar:\n" + ics, e);
		}
	}

	/** ical4j's validator (RFC 5545, and RFC 5546 for the METHOD) finds no error. */
	static void assertValid(Calendar calendar) {
		ValidationResult result;
		try {
			result = calendar.validate();
		} catch (Exception e) {
			throw new AssertionError("validation failed", e);
		}
		List<ValidationEntry> errors = result.getEntries().stream()
				.filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR).toList();
		assertEquals("", errors.stream().map(e -> e.getContext() + ": " + e.getMessage()).collect(Collectors.joining("\n")),
				"validation errors");
	}

	/** Every line ends with CRLF, there is no bare CR or LF, and no line is longer than 75 octets. */
	static void assertLines(String ics) {
		assertTrue(ics.endsWith("\r\n"), "the last line must end with CRLF");
		String[] lines = ics.substring(0, ics.length() - 2).split("\r\n", -1);
		for (String line : lines) {
			assertTrue(line.indexOf('\r') < 0 && line.indexOf('\n') < 0, () -> "bare CR or LF in: " + line);
			int octets = line.getBytes(StandardCharsets.UTF_8).length;
			assertTrue(octets <= 75, () -> octets + " octets: " + line);
		}
	}

	/** Parses, validates and checks the lines: what every generated calendar must pass. */
	static Calendar read(String ics) {
		assertLines(ics);
		Calendar calendar = parse(ics);
		assertValid(calendar);
		return calendar;
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT);
	}

	static VEvent event(Calendar calendar, String summaryStart) {
		List<VEvent> found = events(calendar).stream().filter(e -> summary(e).startsWith(summaryStart)).toList();
		assertEquals(1, found.size(), () -> "events whose summary starts with '" + summaryStart + "': " + found);
		return found.get(0);
	}

	static String summary(VEvent event) {
		return event.getSummary() == null ? "" : event.getSummary().getValue();
	}

	static String value(PropertyListAccessor container, String property) {
		return container.getProperty(property).map(Property::getValue).orElse(null);
	}

	/** The instants at which ical4j says the event occurs, in a window far wider than any term. */
	static List<Instant> instants(VEvent event, ZoneId zone) {
		return starts(event, zone).stream().map(Instant::from).sorted().toList(); // an RDATE in UTC comes as an OffsetDateTime
	}

	/** Occurrences of an event as local date-times in the zone (ical4j's recurrence set). */
	static List<LocalDateTime> localStarts(VEvent event, ZoneId zone) {
		return instants(event, zone).stream().map(i -> LocalDateTime.ofInstant(i, zone)).toList();
	}

	/** Occurrences of an all-day event. */
	static List<LocalDate> dates(VEvent event, ZoneId zone) {
		return starts(event, zone).stream().map(t -> (LocalDate) t).sorted().toList();
	}

	private static List<Temporal> starts(VEvent event, ZoneId zone) {
		Period<ZonedDateTime> window = new Period<>(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, zone),
				ZonedDateTime.of(2035, 1, 1, 0, 0, 0, 0, zone));
		Collection<Period<Temporal>> periods = event.calculateRecurrenceSet(window);
		return periods.stream().map(Period::getStart).map(Temporal.class::cast).toList();
	}

	// -------------------------------------------------------------------------------------------
	// Expected dates, computed with java.time only
	// -------------------------------------------------------------------------------------------

	/** Every n-th week on the day, from the first such day on or after the start, to the end. */
	static List<LocalDate> everyWeeks(LocalDate start, LocalDate end, DayOfWeek day, int weeks) {
		LocalDate first = start;
		while (first.getDayOfWeek() != day) {
			first = first.plusDays(1);
		}
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(7L * weeks)) {
			dates.add(d);
		}
		return dates;
	}

	/** The n-th (or with n = -1 the last) given weekday of every month, within start and end. */
	static List<LocalDate> nthWeekday(LocalDate start, LocalDate end, DayOfWeek day, int n) {
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
			List<LocalDate> matching = new ArrayList<>();
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				if (month.withDayOfMonth(d).getDayOfWeek() == day) {
					matching.add(month.withDayOfMonth(d));
				}
			}
			LocalDate date = n > 0 ? matching.get(n - 1) : matching.get(matching.size() - 1);
			if (!date.isBefore(start) && !date.isAfter(end)) {
				dates.add(date);
			}
		}
		return dates;
	}

	/** The day of every month that has it, within start and end. */
	static List<LocalDate> dayOfMonth(LocalDate start, LocalDate end, int day) {
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
			if (day <= month.lengthOfMonth()) {
				LocalDate date = month.withDayOfMonth(day);
				if (!date.isBefore(start) && !date.isAfter(end)) {
					dates.add(date);
				}
			}
		}
		return dates;
	}

	static List<LocalDateTime> at(List<LocalDate> dates, LocalTime time) {
		return dates.stream().map(d -> d.atTime(time)).toList();
	}

	static List<Instant> instantsAt(List<LocalDate> dates, LocalTime time, ZoneId zone) {
		return dates.stream().map(d -> d.atTime(time).atZone(zone).toInstant()).toList();
	}
}
