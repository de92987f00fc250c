package org.mentorship.dsl.generator.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.mentorship.dsl.mentor.DayOfMonth;
import org.mentorship.dsl.mentor.Duration;
import org.mentorship.dsl.mentor.EveryWeekday;
import org.mentorship.dsl.mentor.Frequency;
import org.mentorship.dsl.mentor.LastDayOfMonth;
import org.mentorship.dsl.mentor.MeetingDay;
import org.mentorship.dsl.mentor.NthWeekday;
import org.mentorship.dsl.mentor.Ordinal;
import org.mentorship.dsl.mentor.TimeUnit;
import org.mentorship.dsl.mentor.Weekday;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Durations;

/** The English words of the summary for dates, times, durations and meeting days. Pure functions. */
final class Wording {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private Wording() {
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** "10:00"; a time the validator rejects is shown as written. */
	static String time(String text) {
		return ClockTimes.parse(text).map(t -> String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()))
				.orElse(text == null ? "" : text);
	}

	/** "60 minutes", "1 hour", "1.5 hours", "2 working days". */
	static String duration(Duration duration) {
		return Durations.inWords(duration);
	}

	/** "every 2 months", "every month". */
	static String every(Duration duration) {
		boolean one = Durations.amount(duration).map(a -> a.compareTo(BigDecimal.ONE) == 0).orElse(false);
		return one && !duration.isWorking() ? "every " + unit(duration.getUnit(), false) : "every " + duration(duration);
	}

	static String unit(TimeUnit unit, boolean plural) {
		return Durations.inWords(unit, plural);
	}

	static String frequency(Frequency frequency) {
		return switch (frequency) {
		case WEEKLY -> "Every week";
		case BIWEEKLY -> "Every second week";
		case MONTHLY -> "Every month";
		};
	}

	/**
	 * " on Tuesday", " on the second Tuesday", " on the 15th", or "" when the day is open. A monthly
	 * meeting "on Tuesday" is on the first Tuesday of the month (as {@code MeetingSeries} counts it).
	 */
	static String day(MeetingDay day, Frequency frequency) {
		if (day instanceof EveryWeekday every) {
			return frequency == Frequency.MONTHLY ? " on the first " + weekday(every.getWeekday())
					: " on " + weekday(every.getWeekday());
		}
		if (day instanceof NthWeekday nth) {
			return " on the " + ordinal(nth.getOrdinal()) + " " + weekday(nth.getWeekday());
		}
		if (day instanceof DayOfMonth dayOfMonth) {
			return " on the " + nth(dayOfMonth.getDay());
		}
		if (day instanceof LastDayOfMonth) {
			return " on the last day of the month";
		}
		return "";
	}

	static String weekday(Weekday weekday) {
		return weekday.getLiteral();
	}

	static String ordinal(Ordinal ordinal) {
		return ordinal.getLiteral();
	}

	/** 1st, 2nd, 3rd, 4th, 11th, 21st... */
	static String nth(int n) {
		int lastTwo = n % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
		case 1 -> "st";
		case 2 -> "nd";
		case 3 -> "rd";
		default -> "th";
		};
		return n + suffix;
	}
}
