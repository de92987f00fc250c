package org.mentorship.dsl.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of the rules about "today" (overdue milestones, next meetings), bound as the language's
 * {@link Clock}: every rule and editor service reads the injected clock, never the date directly.
 *
 * Every day is one date in every zone when the date is fixed: by {@link #fixedAt} (what
 * {@code mentor validate --today} binds in the command line's injector), or, for a clock made with
 * {@link #Today()}, by the system property {@value #PROPERTY} (YYYY-MM-DD), the way the language
 * server ({@code -Dmentor.today}) and the Eclipse preference fix it. Otherwise it is the system clock.
 */
public final class Today extends Clock {

	public static final String PROPERTY = "mentor.today";

	private final ZoneId zone;

	/** The fixed date, or null: then the property's date, or the system clock. */
	private final LocalDate fixed;

	/** The system clock, unless the system property {@value #PROPERTY} holds a date. */
	public Today() {
		this(ZoneId.systemDefault(), null);
	}

	private Today(ZoneId zone, LocalDate fixed) {
		this.zone = zone;
		this.fixed = fixed;
	}

	/** A clock on which today is always the given date, whatever the property says. */
	public static Today fixedAt(LocalDate date) {
		return new Today(ZoneId.systemDefault(), date);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new Today(newZone, fixed);
	}

	@Override
	public Instant instant() {
		LocalDate date = fixed;
		if (date == null) {
			String property = System.getProperty(PROPERTY);
			date = property == null ? null : LocalDate.parse(property);
		}
		return date == null ? Instant.now() : date.atStartOfDay(zone).toInstant();
	}
}
