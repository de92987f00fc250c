package org.mentorship.dsl.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.EveryWeekday;
import org.mentorship.dsl.mentor.Frequency;
import org.mentorship.dsl.mentor.MeetingDay;
import org.mentorship.dsl.mentor.NthWeekday;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.Skip;
import org.mentorship.dsl.mentor.Weekday;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

/**
 * The meetings a schedule produces: how many per month on average, and on which dates within a
 * term. The one home of the meeting-day rules: the calendar, the hover, the code lens, the summary and
 * the checks all take their dates from here. Monthly meetings fall on a {@link MonthlyDay}; on a day a
 * month does not have (day 31 in April) they are left out, as iCalendar's BYMONTHDAY does (the rule
 * mentor.cadence.month-end warns about it); "the last day" is the last day of each month.
 */
public final class MeetingSeries {

	/** 365.25 days / 7 / 12: average weeks in a month. */
	public static final double WEEKS_PER_MONTH = 365.25 / 7 / 12;

	private MeetingSeries() {
	}

	public static double sessionsPerMonth(Frequency frequency) {
		return switch (frequency) {
		case WEEKLY -> WEEKS_PER_MONTH;
		case BIWEEKLY -> WEEKS_PER_MONTH / 2;
		case MONTHLY -> 1;
		};
	}

	/** Minutes of one session, if the duration is readable. */
	public static Optional<Double> minutes(Schedule schedule) {
		return Durations.minutes(schedule.getDuration());
	}

	public static Optional<LocalTime> time(Schedule schedule) {
		return ClockTimes.parse(schedule.getTime());
	}

	public static DayOfWeek dayOfWeek(Weekday weekday) {
		return DayOfWeek.of(weekday.getValue() + 1);
	}

	/**
	 * The most dates a series ever yields: ten years of weekly meetings (522) and some. A longer term is an
	 * error of its own (mentor.duration.too-long), and without a bound a term of 2147483647 days made the
	 * checks enumerate 300 million dates (out of memory).
	 */
	public static final int MAX_DATES = 600;

	/** Meeting dates from start to end (both included), without the skipped dates; at most {@link #MAX_DATES}. */
	public static List<LocalDate> dates(Schedule schedule, LocalDate start, LocalDate end, Set<LocalDate> skips) {
		return dates(schedule, start, start, end, skips, MAX_DATES);
	}

	/**
	 * The dates of the series that starts on {@code start}, from {@code from} on, until {@code end} (both
	 * included), without the skipped dates: at most {@code limit}. Dates before {@code from} are skipped
	 * by arithmetic, not enumerated, so "the next meetings from today" costs the same in any term.
	 */
	public static List<LocalDate> dates(Schedule schedule, LocalDate start, LocalDate from, LocalDate end,
			Set<LocalDate> skips, int limit) {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate first = from.isAfter(start) ? from : start;
		if (schedule.getFrequency() == Frequency.MONTHLY) {
			MonthlyDay day = MonthlyDay.of(schedule.getDay(), start);
			for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(end) && dates.size() < limit; month = month
					.plusMonths(1)) {
				day.in(month).filter(d -> !d.isBefore(first) && !d.isAfter(end))
						.filter(d -> !skips.contains(d)).ifPresent(dates::add);
			}
			return dates;
		}
		int step = schedule.getFrequency() == Frequency.WEEKLY ? 7 : 14;
		LocalDate meeting = start;
		if (schedule.getDay() instanceof EveryWeekday || schedule.getDay() instanceof NthWeekday) {
			meeting = start.with(TemporalAdjusters.nextOrSame(dayOfWeek(weekday(schedule.getDay()))));
		}
		if (first.isAfter(meeting)) {
			long behind = ChronoUnit.DAYS.between(meeting, first);
			meeting = meeting.plusDays((behind + step - 1) / step * step);
		}
		for (LocalDate d = meeting; !d.isAfter(end) && dates.size() < limit; d = d.plusDays(step)) {
			if (!skips.contains(d)) {
				dates.add(d);
			}
		}
		return dates;
	}

	private static Weekday weekday(MeetingDay day) {
		return day instanceof EveryWeekday ? ((EveryWeekday) day).getWeekday() : ((NthWeekday) day).getWeekday();
	}

	/**
	 * The dates a cadence skips, its own and those of the default it is "like" (unreadable dates are left out), and the
	 * meetings a kickoff, check-in or retrospective of the agreement takes the place of ({@link #taken}).
	 */
	public static Set<LocalDate> skips(Cadence cadence) {
		Set<LocalDate> skips = new LinkedHashSet<>();
		for (Skip skip : Defaults.skips(cadence)) {
			skip.getDates().stream().map(Dates::parse).flatMap(Optional::stream).forEach(skips::add);
		}
		skips.addAll(taken(cadence));
		return skips;
	}

	/**
	 * The days on which a kickoff, check-in or retrospective on a date overlaps the cadence's meeting time: that session
	 * takes the meeting's place, as the pair means it ("the check-in is at our usual session"). The calendar showed
	 * both at once, two events for one meeting; now the series (calendar, summary count, hover) leaves that meeting
	 * out, as a skip does, without listing it among the skipped dates. Whether the day is a meeting day does not
	 * matter here: leaving out a day the series does not meet on changes nothing. A session without a time (all day)
	 * takes no meeting's place.
	 */
	public static Set<LocalDate> taken(Cadence cadence) {
		Optional<Schedule> schedule = Defaults.schedule(cadence);
		Optional<LocalTime> time = schedule.flatMap(MeetingSeries::time);
		Optional<Double> minutes = schedule.flatMap(MeetingSeries::minutes).filter(m -> m > 0);
		Optional<Agreement> agreement = Agreements.of(cadence);
		if (time.isEmpty() || minutes.isEmpty() || agreement.isEmpty()) {
			return Set.of();
		}
		LocalDateTime meetingStart = LocalDate.EPOCH.atTime(time.get()); // times compared on one day
		LocalDateTime meetingEnd = meetingStart.plusSeconds(Math.round(minutes.get() * 60));
		Set<LocalDate> taken = new LinkedHashSet<>();
		for (EObject section : agreement.get().getSections()) {
			String date;
			String at;
			java.time.Duration length;
			if (section instanceof Kickoff k) {
				date = k.getDate();
				at = k.getTime();
				length = SessionLengths.orDefault(k.getDuration(), SessionLengths.SESSION);
			} else if (section instanceof CheckIn c) {
				date = c.getDate();
				at = c.getTime();
				length = SessionLengths.orDefault(c.getDuration(), SessionLengths.CHECK_IN);
			} else if (section instanceof Retrospective r && r.getDate() != null) {
				date = r.getDate();
				at = r.getTime();
				length = SessionLengths.orDefault(r.getDuration(), SessionLengths.SESSION);
			} else {
				continue;
			}
			Optional<LocalDate> day = Dates.parse(date);
			Optional<LocalTime> from = ClockTimes.parse(at);
			if (day.isPresent() && from.isPresent()) {
				LocalDateTime sessionStart = meetingStart.toLocalDate().atTime(from.get());
				if (sessionStart.isBefore(meetingEnd) && meetingStart.isBefore(sessionStart.plus(length))) {
					taken.add(day.get());
				}
			}
		}
		return taken;
	}
}
