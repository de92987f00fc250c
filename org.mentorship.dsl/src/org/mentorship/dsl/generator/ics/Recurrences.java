package org.mentorship.dsl.generator.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.model.Every;
import org.mentorship.dsl.model.MonthlyDay;

import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * RRULE and EXDATE of the recurring events. The meeting days come from {@link MonthlyDay} and the
 * first meeting, as {@link org.mentorship.dsl.model.MeetingSeries} computes the dates, so the
 * calendar repeats exactly the dates the editor shows. Every rule ends with the term.
 */
final class Recurrences {

	/** Recurrences end with the last day of the term, at this local time (UNTIL). */
	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final CalendarZone zone;
	private final LocalDate end;

	Recurrences(CalendarZone zone, LocalDate end) {
		this.zone = zone;
		this.end = end;
	}

	/**
	 * RRULE of a cadence. Weekly and biweekly meet on the day of the first meeting; monthly on the
	 * {@link MonthlyDay} of the schedule (BYDAY=2TU, BYMONTHDAY=15, -1 for the last).
	 */
	Recur<? extends Temporal> of(Schedule schedule, LocalDate start, LocalDate first) {
		if (schedule.getFrequency() == org.mentorship.dsl.mentor.Frequency.MONTHLY) {
			MonthlyDay day = MonthlyDay.of(schedule.getDay(), start);
			if (day instanceof MonthlyDay.Weekday w) {
				return until(Frequency.MONTHLY, 1, new WeekDay(WeekDay.getWeekDay(w.weekday()), w.ordinal()), null);
			}
			return until(Frequency.MONTHLY, 1, null, ((MonthlyDay.Date) day).day());
		}
		int interval = schedule.getFrequency() == org.mentorship.dsl.mentor.Frequency.BIWEEKLY ? 2 : 1;
		return until(Frequency.WEEKLY, interval, WeekDay.getWeekDay(first.getDayOfWeek()), null);
	}

	/** "every 3 months" until the end of the term: at a time, or as all-day events. */
	Recur<? extends Temporal> every(Every every, boolean timed) {
		Frequency frequency = switch (every.unit()) {
		case DAYS -> Frequency.DAILY;
		case WEEKS -> Frequency.WEEKLY;
		default -> Frequency.MONTHLY;
		};
		if (timed) {
			return until(frequency, every.count(), null, null);
		}
		return rule(new Recur.Builder<LocalDate>().until(end), frequency, every.count(), null, null);
	}

	/**
	 * A rule that ends with the term: UNTIL is the last day at 23:59:59 local time, in UTC when
	 * the times have a zone (RFC 5545 3.3.10), local when they float.
	 */
	private Recur<? extends Temporal> until(Frequency frequency, int interval, WeekDay day, Integer monthDay) {
		LocalDateTime last = end.atTime(END_OF_DAY);
		if (zone.zone().isPresent()) {
			return rule(new Recur.Builder<Instant>().until(last.atZone(zone.zone().get()).toInstant()), frequency, interval,
					day, monthDay);
		}
		return rule(new Recur.Builder<LocalDateTime>().until(last), frequency, interval, day, monthDay);
	}

	private static <T extends Temporal> Recur<T> rule(Recur.Builder<T> builder, Frequency frequency, int interval,
			WeekDay day, Integer monthDay) {
		builder.frequency(frequency);
		if (interval > 1) {
			builder.interval(interval);
		}
		if (day != null) {
			builder.dayList(day);
		}
		if (monthDay != null) {
			builder.monthDayList(monthDay);
		}
		return builder.build();
	}

	/**
	 * EXDATE for skipped meetings, at the meeting time as written (with the TZID of DTSTART), also on
	 * a day the clocks skip that time (see {@link CalendarZone#skipsThe}).
	 */
	Property exceptions(List<LocalDate> skipped, LocalTime time) {
		if (zone.zone().isPresent() && skipped.stream().anyMatch(d -> zone.skipsThe(d.atTime(time)))) {
			return new ExDate<>(zone.parameter(), new DateList<>(skipped.stream().map(d -> d.atTime(time)).toList()));
		}
		if (zone.zone().isPresent()) {
			return new ExDate<>(zone.parameter(),
					new DateList<>(skipped.stream().map(d -> d.atTime(time).atZone(zone.zone().get())).toList()));
		}
		return new ExDate<>(new DateList<>(skipped.stream().map(d -> d.atTime(time)).toList()));
	}

	/**
	 * The meetings whose time the clocks skip or repeat that day. Readers place such a time differently
	 * (ical.js, Thunderbird's reader: a skipped 02:30 at 01:30, a repeated one the second time; ical4j
	 * and RFC 5545, 3.3.5: at 03:30, the first time), so each is excluded at its written time (which
	 * every reader matches, {@link #exceptions}) and given back at the RFC's instant ({@link #givenBack}).
	 */
	List<LocalDate> onClockChanges(List<LocalDate> meetings, LocalTime time) {
		return zone.zone().map(z -> meetings.stream()
				.filter(d -> z.getRules().getValidOffsets(d.atTime(time)).size() != 1).toList()).orElse(List.of());
	}

	/** RDATE in UTC for the meetings of {@link #onClockChanges}: an instant every reader shows alike. */
	Property givenBack(List<LocalDate> days, LocalTime time) {
		ZoneId local = zone.zone().orElseThrow();
		return new RDate<>(new DateList<>(days.stream().map(d -> d.atTime(time).atZone(local).toInstant()).toList()));
	}
}
