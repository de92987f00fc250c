package org.mentorship.dsl.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the rules about "today" (overdue milestones, next meetings), bound as the language's
 * {@link Clock}: every rule and editor service reads the injected clock, never the date directly.
 *
 * Every day is one date in every zone when the date is fixed: by {@link #fixedAt} (what
 * {@code mentor validate --today} binds in the command line's injector); for a clock made with
 * {@link #Today()}, by an editor's setting ({@link #fix}), else by the system property {@value #PROPERTY}
 * (YYYY-MM-DD, {@code -Dmentor.today}). Otherwise it is the system clock. The editor's setting holds for the
 * whole process, not for one injector: Xtext registers the validators in EMF's global registry, so whichever
 * injector made them, they must see the same date; each editor runs one language server per process.
 */
public final class Today extends Clock {

	public static final String PROPERTY = "mentor.today";

	private final ZoneId zone;

	/** The date an editor's setting fixed, for every clock of the process that is not fixed itself. */
	private static final AtomicReference<LocalDate> FIXED = new AtomicReference<>();

	/** The fixed date, or null: then the editor's date, the property's date, or the system clock. */
	private final LocalDate fixed;

	/** The system clock, unless an editor's setting or the system property {@value #PROPERTY} fixes the date. */
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
		return new Today(newZone, fixed);
	}

	@Override
	public Instant instant() {
		LocalDate date = fixed != null ? fixed : FIXED.get();
		if (date == null) {
			String property = System.getProperty(PROPERTY);
			date = property == null ? null : LocalDate.parse(property);
		}
		return date == null ? Instant.now() : date.atStartOfDay(zone).toInstant();
	}
}
