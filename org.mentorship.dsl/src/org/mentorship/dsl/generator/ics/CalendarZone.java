package org.mentorship.dsl.generator.ics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.model.Agreements;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneLoader;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The agreement's time zone as the calendar writes it: the zone of every time, with its VTIMEZONE, or
 * none, and then times are floating (local). Remembers whether any time was written, since a
 * calendar of all-day events needs no VTIMEZONE.
 */
final class CalendarZone {

	/** Where ical4j keeps its time zone definitions (tzurl.org, shipped in the ical4j jar). */
	private static final String ZONE_DEFINITIONS = "zoneinfo/";

	private final Optional<ZoneId> zone;
	private final Optional<VTimeZone> definition;
	private boolean timed;

	CalendarZone(Agreement agreement) {
		this.definition = Agreements.zone(agreement).flatMap(CalendarZone::definition);
		this.zone = definition.map(v -> ZoneId.of(v.getTimeZoneId().getValue()));
	}

	/**
	 * The zone's definition as ical4j ships it (tzurl.org). A zone ical4j does not ship gets no
	 * VTIMEZONE (ical4j would derive one from the clock's current year, which is not reproducible):
	 * its times are then floating, i.e. local times in whatever zone the reader's calendar uses.
	 */
	private static Optional<VTimeZone> definition(ZoneId zoneId) {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		Set<String> shipped = new HashSet<>(Arrays.asList(TimeZoneLoader.getInstance(ZONE_DEFINITIONS).getAvailableIDs()));
		TimeZone timeZone = registry.getTimeZone(zoneId.getId());
		if (timeZone == null || timeZone.getVTimeZone() == null) {
			return Optional.empty();
		}
		VTimeZone vTimeZone = timeZone.getVTimeZone().copy();
		String tzid = vTimeZone.getTimeZoneId().getValue();
		try {
			ZoneId.of(tzid);
		} catch (RuntimeException e) {
			return Optional.empty();
		}
		return shipped.contains(tzid) ? Optional.of(vTimeZone) : Optional.empty();
	}

	Optional<ZoneId> zone() {
		return zone;
	}

	/** X-WR-TIMEZONE and the VTIMEZONE, when some time was written in the zone. */
	void addTo(Calendar calendar) {
		if (timed && definition.isPresent()) {
			calendar.add(new XProperty("X-WR-TIMEZONE", zone.get().getId()));
			calendar.add(definition.get());
		}
	}

	/** DTSTART at the time as written; see {@link #skipsThe}. */
	DtStart<?> start(LocalDate date, LocalTime time) {
		timed = true;
		LocalDateTime local = date.atTime(time);
		if (skipsThe(local)) {
			return new DtStart<>(parameter(), local);
		}
		Temporal at = zone.isPresent() ? local.atZone(zone.get()) : local;
		return new DtStart<>(at);
	}

	/**
	 * DTSTART of an event that happens once (a kickoff, a check-in, a retrospective on a date): at the time as
	 * written, except a time the clocks skip or repeat in the zone. That one is written as the instant RFC 5545
	 * (3.3.5) gives it, in UTC: after a skipped hour (02:30 is 03:30), the first of a repeated time. Readers
	 * disagree about such a local time (ical.js shows a repeated time the second time), never about an instant;
	 * a single event has no later occurrences whose local time the TZID would have to keep.
	 */
	DtStart<?> startOnce(LocalDate date, LocalTime time) {
		LocalDateTime local = date.atTime(time);
		if (zone.isPresent() && zone.get().getRules().getValidOffsets(local).size() != 1) {
			timed = true;
			return new DtStart<>(local.atZone(zone.get()).toInstant());
		}
		return start(date, time);
	}

	/**
	 * Whether the clocks skip this local time in the agreement's zone (02:30 on the spring change in
	 * Berlin). Java would move it to 03:30; written so, a DTSTART would move every later meeting of the
	 * series to 03:30, and an EXDATE would not name the meeting it skips as the agreement does. Such a
	 * time is written as is, with its TZID: readers place it after the change (RFC 5545, 3.3.5).
	 */
	boolean skipsThe(LocalDateTime local) {
		return zone.isPresent() && zone.get().getRules().getValidOffsets(local).isEmpty();
	}

	/** TZID=the zone, for a time written as is. */
	ParameterList parameter() {
		return new ParameterList(List.of(new TzId(zone.get().getId())));
	}
}
