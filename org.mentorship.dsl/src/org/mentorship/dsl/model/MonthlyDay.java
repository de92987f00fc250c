package org.mentorship.dsl.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.mentorship.dsl.mentor.DayOfMonth;
import org.mentorship.dsl.mentor.EveryWeekday;
import org.mentorship.dsl.mentor.LastDayOfMonth;
import org.mentorship.dsl.mentor.MeetingDay;
import org.mentorship.dsl.mentor.NthWeekday;
import org.mentorship.dsl.mentor.Ordinal;

/**
 * The day a monthly meeting falls on, in the terms iCalendar uses: a weekday with its place in the
 * month (BYDAY=2TU, -1 for the last) or a day of the month (BYMONTHDAY=15, -1 for the last). The
 * meeting dates ({@link MeetingSeries}) and the calendar's RRULE are both derived from it, so the
 * dates shown in the editor and those a calendar application computes agree.
 */
public sealed interface MonthlyDay {

	/** The {@code ordinal}th {@code weekday} of the month; -1 is the last. */
	record Weekday(DayOfWeek weekday, int ordinal) implements MonthlyDay {
	}

	/** The {@code day}th day of the month; -1 is the last. */
	record Date(int day) implements MonthlyDay {
	}

	/**
	 * The rule for a written meeting day: "the second Tuesday", "the last Friday", "day 15", "the last
	 * day"; "on Tuesday" is the first Tuesday; no day is the start date's day of the month.
	 */
	static MonthlyDay of(MeetingDay day, LocalDate start) {
		if (day instanceof NthWeekday nth) {
			int ordinal = nth.getOrdinal() == Ordinal.LAST ? -1 : nth.getOrdinal().getValue() + 1;
			return new Weekday(MeetingSeries.dayOfWeek(nth.getWeekday()), ordinal);
		}
		if (day instanceof EveryWeekday every) {
			return new Weekday(MeetingSeries.dayOfWeek(every.getWeekday()), 1);
		}
		if (day instanceof DayOfMonth date) {
			return new Date(date.getDay());
		}
		return new Date(day instanceof LastDayOfMonth ? -1 : start.getDayOfMonth());
	}

	/**
	 * The meeting in the month that starts on {@code firstOfMonth}, or none when that month lacks the
	 * day (a fifth Monday, day 31 in April), as iCalendar leaves such months out.
	 */
	default Optional<LocalDate> in(LocalDate firstOfMonth) {
		if (this instanceof Weekday w && w.ordinal() == -1) {
			return Optional.of(firstOfMonth.with(TemporalAdjusters.lastInMonth(w.weekday())));
		}
		if (this instanceof Weekday w) {
			LocalDate date = firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(w.ordinal(), w.weekday()));
			return date.getMonth() == firstOfMonth.getMonth() ? Optional.of(date) : Optional.empty();
		}
		int day = ((Date) this).day();
		if (day == -1) {
			return Optional.of(firstOfMonth.with(TemporalAdjusters.lastDayOfMonth()));
		}
		return day >= 1 && day <= firstOfMonth.lengthOfMonth() ? Optional.of(firstOfMonth.withDayOfMonth(day))
				: Optional.empty();
	}
}
