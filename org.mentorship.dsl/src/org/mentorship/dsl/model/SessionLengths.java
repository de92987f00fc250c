package org.mentorship.dsl.model;

import java.time.Duration;
import java.util.Optional;

import org.mentorship.dsl.values.Durations;

/**
 * How long a meeting lasts when the agreement does not say. The time budget counts these lengths and
 * the calendar writes them, so both read them from here.
 */
public final class SessionLengths {

	/** A check-in without "for ...": a short conversation. */
	public static final Duration CHECK_IN = Duration.ofMinutes(30);
	/** A kickoff, retrospective or regular session without "for ...". */
	public static final Duration SESSION = Duration.ofMinutes(60);

	private SessionLengths() {
	}

	/** The written length when it is readable and positive, else the default. */
	public static Duration orDefault(org.mentorship.dsl.mentor.Duration written, Duration fallback) {
		Optional<Double> minutes = Durations.minutes(written).filter(m -> m > 0);
		return minutes.map(m -> Duration.ofSeconds(Math.round(m * 60))).orElse(fallback);
	}

	/** Minutes of a check-in, written or by default. */
	public static double checkInMinutes(org.mentorship.dsl.mentor.Duration written) {
		return Durations.minutes(written).orElse((double) CHECK_IN.toMinutes());
	}
}
