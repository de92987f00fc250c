package org.mentorship.dsl.values;

import java.math.BigDecimal;
import java.util.Optional;

import org.mentorship.dsl.mentor.Duration;
import org.mentorship.dsl.mentor.TimeUnit;

/** Reads the amounts of {@link Duration}s ("45 minutes", "1.5 hours", "2 working days"). */
public final class Durations {

	/** Average month length, for "hours per month" arithmetic (365.25 / 12 days). */
	public static final double DAYS_PER_MONTH = 30.4375;

	private Durations() {
	}

	public static Optional<BigDecimal> amount(Duration duration) {
		if (duration == null || duration.getAmount() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(duration.getAmount()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** "60 minutes", "1 hour", "1.5 hours", "2 working days": as a sentence says it, whichever form was written. */
	public static String inWords(Duration duration) {
		if (duration == null) {
			return "";
		}
		Optional<BigDecimal> amount = amount(duration);
		boolean one = amount.map(a -> a.compareTo(BigDecimal.ONE) == 0).orElse(false);
		String number = amount.map(BigDecimal::toPlainString).orElse(String.valueOf(duration.getAmount()));
		return number + (duration.isWorking() ? " working " : " ") + inWords(duration.getUnit(), !one);
	}

	/** "hour" or "hours" (the grammar's literal is always the plural). */
	public static String inWords(TimeUnit unit, boolean plural) {
		String singular = switch (unit) {
		case MINUTES -> "minute";
		case HOURS -> "hour";
		case DAYS -> "day";
		case WEEKS -> "week";
		case MONTHS -> "month";
		};
		return plural ? singular + "s" : singular;
	}

	/** The duration in minutes; months count as average months. */
	public static Optional<Double> minutes(Duration duration) {
		return amount(duration).map(a -> a.doubleValue() * minutesPer(duration.getUnit()));
	}

	public static double minutesPer(TimeUnit unit) {
		switch (unit) {
		case MINUTES:
			return 1;
		case HOURS:
			return 60;
		case DAYS:
			return 24 * 60;
		case WEEKS:
			return 7 * 24 * 60;
		case MONTHS:
			return DAYS_PER_MONTH * 24 * 60;
		default:
			throw new IllegalArgumentException(String.valueOf(unit));
		}
	}
}
