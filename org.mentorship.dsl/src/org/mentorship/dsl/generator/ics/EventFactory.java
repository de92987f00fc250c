package org.mentorship.dsl.generator.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.SessionLengths;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Dates;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;

/**
 * What every event of one agreement shares: a UID unique within the agreement, DTSTAMP and SEQUENCE,
 * the organizer and attendees, and the time in the agreement's zone. One per generation.
 */
final class EventFactory {

	final CalendarZone zone;
	final Invitations invitations;
	private final String id;
	private final Instant stamp;
	private final int sequence;
	private final Set<String> keys = new HashSet<>();

	EventFactory(Agreement agreement, String id, CalendarZone zone, Invitations invitations) {
		this.id = id;
		this.zone = zone;
		this.invitations = invitations;
		this.stamp = stamp(agreement);
		this.sequence = Math.max(0, agreement.getVersion());
	}

	/**
	 * DTSTAMP: the day the agreement last changed (its latest "changed on"), else the start of its
	 * term, at 00:00 UTC. Not the time of generation, so that regenerating gives the same file.
	 */
	private static Instant stamp(Agreement agreement) {
		Optional<LocalDate> changed = Agreements.sections(agreement, Change.class).stream()
				.map(c -> Dates.parse(c.getDate())).flatMap(Optional::stream).max(LocalDate::compareTo);
		return changed.or(() -> Agreements.start(agreement)).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
				.orElse(Instant.EPOCH);
	}

	/** A new event with UID, DTSTAMP and SEQUENCE; the key is made unique within the agreement. */
	VEvent event(String key) {
		String unique = key;
		for (int n = 2; !keys.add(unique); n++) {
			unique = key + "#" + n;
		}
		VEvent event = new VEvent(false);
		event.add(new Uid(CalendarGenerator.uid(id, unique)));
		event.add(new DtStamp(stamp));
		event.add(new Sequence(sequence));
		return event;
	}

	/** A single event on a date, with its organizer: timed if it has a time, else all-day. */
	Optional<VEvent> dated(String key, String dateText, String timeText, org.mentorship.dsl.mentor.Duration duration,
			java.time.Duration fallback, String summary, String description) {
		Optional<LocalDate> date = Dates.parse(dateText);
		if (date.isEmpty()) {
			return Optional.empty();
		}
		VEvent event = event(key);
		at(event, date.get(), ClockTimes.parse(timeText).map(t -> zone.startOnce(date.get(), t)), duration, fallback);
		event.add(new Summary(summary));
		describe(event, description);
		invitations.address(event);
		return Optional.of(event);
	}

	/**
	 * DTSTART and DURATION of the first of a series at the time, or an all-day DATE event (a duration is then
	 * left out).
	 */
	void when(VEvent event, LocalDate date, Optional<LocalTime> time, org.mentorship.dsl.mentor.Duration duration,
			java.time.Duration fallback) {
		at(event, date, time.map(t -> zone.start(date, t)), duration, fallback);
	}

	private static void at(VEvent event, LocalDate date, Optional<DtStart<?>> start,
			org.mentorship.dsl.mentor.Duration duration, java.time.Duration fallback) {
		if (start.isPresent()) {
			event.add(start.get());
			event.add(new net.fortuna.ical4j.model.property.Duration(SessionLengths.orDefault(duration, fallback)));
		} else {
			allDay(event, date);
		}
	}

	static void allDay(VEvent event, LocalDate date) {
		event.add(new DtStart<>(date));
		event.add(new DtEnd<>(date.plusDays(1)));
	}

	static void describe(VEvent event, String description) {
		if (!description.isEmpty()) {
			event.add(new Description(description));
		}
	}
}
