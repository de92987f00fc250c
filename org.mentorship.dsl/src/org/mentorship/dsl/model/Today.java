package org.mentorship.dsl.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of the rules about "today" (overdue milestones). It is the system clock unless the
 * system property {@value #PROPERTY} holds a date (YYYY-MM-DD): then every day is that day. This
 * lets CI runs and tests check agreements as of a fixed date ({@code mentor validate --today}).
 */
public final class Today extends Clock {

	public static final String PROPERTY = "mentor.today";

	private final ZoneId zone;

	public Today() {
		this(ZoneId.systemDefault());
	}

	private Today(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new Today(newZone);
	}

	@Override
	public Instant instant() {
		String fixed = System.getProperty(PROPERTY);
		return fixed == null ? Instant.now() : LocalDate.parse(fixed).atStartOfDay(zone).toInstant();
	}
}
