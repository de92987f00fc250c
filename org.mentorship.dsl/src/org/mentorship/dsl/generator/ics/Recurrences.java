package org.mentorship.dsl.generator.ics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.TimeUnit;
import org.mentorship.dsl.model.MonthlyDay;
import org.mentorship.dsl.values.Durations;

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
	Recur<? extends Temporal> every(Interval interval, boolean timed) {
		if (timed) {
			return until(interval.frequency(), interval.count(), null, null);
		}
		return rule(new Recur.Builder<LocalDate>().until(end), interval.frequency(), interval.count(), null, null);
	}

	/**
	 * The dates of {@link #every} from the first: those the RRULE gives (a month without the first's day, such
	 * as February for the 31st, has no occurrence: RFC 5545 skips it, it does not move it).
	 */
	List<LocalDate> datesOf(Interval interval, LocalDate first) {
		List<LocalDate> dates = new ArrayList<>();
		for (int n = 0;; n++) {
			LocalDate date = interval.after(first, n);
			if (date.isAfter(end)) {
				return dates;
			}
			if (interval.unit() != TimeUnit.MONTHS || date.getDayOfMonth() == first.getDayOfMonth()) {
				dates.add(date);
			}
		}
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

	/** "every 3 months" as an RRULE frequency and interval; whole days, weeks or months only. */
	record Interval(Frequency frequency, int count, TimeUnit unit) {

		static Optional<Interval> of(org.mentorship.dsl.mentor.Duration every) {
			Optional<BigDecimal> amount = Durations.amount(every);
			if (amount.isEmpty() || amount.get().signum() <= 0 || amount.get().stripTrailingZeros().scale() > 0) {
				return Optional.empty();
			}
			int count = amount.get().intValue();
			return switch (every.getUnit()) {
			case DAYS -> Optional.of(new Interval(Frequency.DAILY, count, TimeUnit.DAYS));
			case WEEKS -> Optional.of(new Interval(Frequency.WEEKLY, count, TimeUnit.WEEKS));
			case MONTHS -> Optional.of(new Interval(Frequency.MONTHLY, count, TimeUnit.MONTHS));
			default -> Optional.empty();
			};
		}

		LocalDate after(LocalDate date) {
			return after(date, 1);
		}

		/** The date n intervals after the given one (months counted from it, not step by step). */
		LocalDate after(LocalDate date, int n) {
			long times = (long) count * n;
			return switch (unit) {
			case DAYS -> date.plusDays(times);
			case WEEKS -> date.plusWeeks(times);
			default -> date.plusMonths(times);
			};
		}
	}
}
