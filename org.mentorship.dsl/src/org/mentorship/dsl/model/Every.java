package org.mentorship.dsl.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mentorship.dsl.mentor.Duration;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.TimeUnit;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

/**
 * The interval of a recurring retrospective ("every 2 months") and the dates it falls on: the one home of those dates,
 * so the calendar's RRULE and the editor's "next meeting" agree. Whole days, weeks or months only. Months are counted
 * from the first date, not step by step, and a month without the first's day (February for the 31st) has no
 * retrospective: RFC 5545 skips such a date, it does not move it.
 */
public record Every(int count, TimeUnit unit) {

	public static Optional<Every> of(Duration every) {
		Optional<BigDecimal> amount = Durations.amount(every);
		if (amount.isEmpty() || amount.get().signum() <= 0 || amount.get().stripTrailingZeros().scale() > 0
				|| amount.get().compareTo(BigDecimal.valueOf(10_000)) > 0) {
			return Optional.empty();
		}
		return switch (every.getUnit()) {
		case DAYS, WEEKS, MONTHS -> Optional.of(new Every(amount.get().intValue(), every.getUnit()));
		default -> Optional.empty();
		};
	}

	/** The first retrospective of a series: its {@code starting} date, else one interval after the term's start. */
	public static Optional<LocalDate> first(Retrospective retrospective, Optional<LocalDate> termStart) {
		Optional<Every> every = of(retrospective.getEvery());
		return Dates.parse(retrospective.getStart()).or(() -> termStart.flatMap(s -> every.map(e -> e.after(s, 1))));
	}

	/** The date n intervals after the given one. */
	public LocalDate after(LocalDate date, long n) {
		long times = count * n;
		return switch (unit) {
		case DAYS -> date.plusDays(times);
		case WEEKS -> date.plusWeeks(times);
		default -> date.plusMonths(times);
		};
	}

	/** The dates of the series from the first to the end (inclusive). */
	public List<LocalDate> dates(LocalDate first, LocalDate end) {
		List<LocalDate> dates = new ArrayList<>();
		for (long n = 0;; n++) {
			LocalDate date = after(first, n);
			if (date.isAfter(end)) {
				return dates;
			}
			if (falls(first, date)) {
				dates.add(date);
			}
		}
	}

	/** The first date of the series on or after {@code from} and not after {@code end}; found without walking the series. */
	public Optional<LocalDate> next(LocalDate first, LocalDate from, LocalDate end) {
		long elapsed = from.isAfter(first) ? chronoUnit().between(first, from) / count : 0;
		for (long n = Math.max(0, elapsed - 1);; n++) {
			LocalDate date = after(first, n);
			if (date.isAfter(end)) {
				return Optional.empty();
			}
			if (!date.isBefore(from) && falls(first, date)) {
				return Optional.of(date);
			}
		}
	}

	private boolean falls(LocalDate first, LocalDate date) {
		return unit != TimeUnit.MONTHS || date.getDayOfMonth() == first.getDayOfMonth();
	}

	private ChronoUnit chronoUnit() {
		return switch (unit) {
		case DAYS -> ChronoUnit.DAYS;
		case WEEKS -> ChronoUnit.WEEKS;
		default -> ChronoUnit.MONTHS;
		};
	}
}
