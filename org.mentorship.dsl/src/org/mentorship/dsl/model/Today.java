package org.mentorship.dsl.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the rules about "today" (overdue milestones). It is the system clock unless the
 * system property {@value #PROPERTY} holds a date (YYYY-MM-DD): then every day is that day. This
 * lets CI runs and tests check agreements as of a fixed date ({@code mentor validate --today}). An editor's
 * setting fixes the date of one language server's clock only ({@link #fix}), and takes precedence.
 */
public final class Today extends Clock {

	public static final String PROPERTY = "mentor.today";

	private final ZoneId zone;

	/** Shared with the copies in other zones, so that fixing the date fixes it for all of them. */
	private final AtomicReference<LocalDate> fixed;

	public Today() {
		this(ZoneId.systemDefault(), new AtomicReference<>());
	}

	private Today(ZoneId zone, AtomicReference<LocalDate> fixed) {
		this.zone = zone;
		this.fixed = fixed;
	}

	/** Every day is this date from now on (null: back to the property or the system clock). */
	public void fix(LocalDate date) {
		fixed.set(date);
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
		LocalDate date = fixed.get();
		if (date == null) {
			String property = System.getProperty(PROPERTY);
			date = property == null ? null : LocalDate.parse(property);
		}
		return date == null ? Instant.now() : date.atStartOfDay(zone).toInstant();
	}
}
