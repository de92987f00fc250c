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
 * setting ({@link #fix}) takes precedence. Both hold for the whole process, not for one injector: Xtext registers
 * the validators in EMF's global registry, so whichever injector made them, they must see the same date. Each
 * editor runs one language server per process ({@code mentor lsp}, the Eclipse workbench).
 */
public final class Today extends Clock {

	public static final String PROPERTY = "mentor.today";

	private final ZoneId zone;

	/** The date an editor's setting fixed, for every clock of the process. */
	private static final AtomicReference<LocalDate> FIXED = new AtomicReference<>();

	public Today() {
		this(ZoneId.systemDefault());
	}

	private Today(ZoneId zone) {
		this.zone = zone;
	}

	/** Every day is this date from now on (null: back to the property or the system clock). */
	public static void fix(LocalDate date) {
		FIXED.set(date);
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
		LocalDate date = FIXED.get();
		if (date == null) {
			String property = System.getProperty(PROPERTY);
			date = property == null ? null : LocalDate.parse(property);
		}
		return date == null ? Instant.now() : date.atStartOfDay(zone).toInstant();
	}
}
