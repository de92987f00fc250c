package org.mentorship.dsl.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Section;
import org.mentorship.dsl.mentor.TimeUnit;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

/**
 * Questions every rule, generator and editor service asks of an agreement: who the parties are,
 * when the term runs, which time zone applies. Answers take the programme's defaults into account.
 */
public final class Agreements {

	private Agreements() {
	}

	public static Optional<Agreement> of(EObject object) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(object, Agreement.class));
	}

	/** "Agreement 'ada-grace'", or "This agreement" when the parser recovered no id (never "Agreement 'null'"). */
	public static String called(Agreement agreement) {
		String name = agreement.getName();
		return name == null || name.isEmpty() ? "This agreement" : "Agreement '" + name + "'";
	}

	public static <T extends Section> List<T> sections(Agreement agreement, Class<T> type) {
		return agreement.getSections().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public static <T extends Section> boolean has(Agreement agreement, Class<T> type) {
		return agreement.getSections().stream().anyMatch(type::isInstance);
	}

	public static List<Party> parties(Agreement agreement) {
		return sections(agreement, Party.class);
	}

	public static Optional<Party> first(Agreement agreement, PartyRole role) {
		return parties(agreement).stream().filter(p -> p.getRole() == role).findFirst();
	}

	/** The mentor and every co-mentor (with a name: a line that did not parse has none). */
	public static Stream<Party> mentors(Agreement agreement) {
		return parties(agreement).stream().filter(p -> p.getName() != null)
				.filter(p -> p.getRole() == PartyRole.MENTOR || p.getRole() == PartyRole.CO_MENTOR);
	}

	public static Optional<LocalDate> start(Agreement agreement) {
		return Dates.parse(agreement.getStart());
	}

	/** The last day a date can have: dates are written with four-digit years, and calendars stop there too. */
	public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	/** More days than from year 1 to year 9999: a longer term ends after LAST_DAY, whatever its start. */
	private static final BigDecimal MAX_LENGTH_DAYS = BigDecimal.valueOf(3_700_000);

	/**
	 * The end date, written or computed from "for N weeks/months" (the last day of the term); empty when
	 * there is none, or when it would fall after {@link #LAST_DAY} (see {@link #endsAfterLastDay}): no rule,
	 * generator or editor service then computes, enumerates or prints dates such as +1471929-08-29.
	 */
	public static Optional<LocalDate> end(Agreement agreement) {
		if (agreement.getEnd() != null) {
			return Dates.parse(agreement.getEnd());
		}
		return computedEnd(agreement).filter(end -> !end.isAfter(LAST_DAY));
	}

	/** True when "from <start> for <length>" ends after the year 9999. */
	public static boolean endsAfterLastDay(Agreement agreement) {
		return agreement.getEnd() == null && computedEnd(agreement).filter(end -> end.isAfter(LAST_DAY)).isPresent();
	}

	/** start + length - 1 day; LocalDate.MAX for a length beyond any calendar (or empty without one). */
	private static Optional<LocalDate> computedEnd(Agreement agreement) {
		if (agreement.getLength() == null) {
			return Optional.empty();
		}
		TimeUnit unit = agreement.getLength().getUnit();
		return start(agreement).flatMap(start -> Durations.amount(agreement.getLength()).flatMap(amount -> {
			if (unit != TimeUnit.MONTHS && unit != TimeUnit.WEEKS && unit != TimeUnit.DAYS) {
				return Optional.empty();
			}
			if (amount.compareTo(MAX_LENGTH_DAYS) > 0) {
				return Optional.of(LocalDate.MAX); // longValue() would wrap, plusDays() overflow
			}
			long whole = amount.longValue();
			try {
				LocalDate after = switch (unit) {
				case MONTHS -> start.plusMonths(whole);
				case WEEKS -> start.plusWeeks(whole);
				default -> start.plusDays(whole);
				};
				return Optional.of(after.minusDays(1));
			} catch (DateTimeException | ArithmeticException e) {
				return Optional.of(LocalDate.MAX);
			}
		}));
	}

	/** The agreement's time zone text, or its programme's. */
	public static Optional<String> timeZoneText(Agreement agreement) {
		if (agreement.getTimeZone() != null) {
			return Optional.of(agreement.getTimeZone());
		}
		Programme programme = agreement.getProgramme();
		return programme == null || programme.eIsProxy() ? Optional.empty() : Optional.ofNullable(programme.getTimeZone());
	}

	public static Optional<ZoneId> zone(Agreement agreement) {
		return timeZoneText(agreement).flatMap(Agreements::zone);
	}

	/**
	 * The zone of a time zone name of the IANA database. A fixed offset ("UTC+1", "+05:30") is none: it ignores summer
	 * time, and ical4j ships no definition for it, so its calendar had floating times that every reader placed in its
	 * own zone (TimeZoneValidator.knownZone says so).
	 */
	public static Optional<ZoneId> zone(String id) {
		try {
			ZoneId zone = ZoneId.of(id);
			return fixedOffset(zone) ? Optional.empty() : Optional.of(zone);
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** "+05:30", "UTC+1", "GMT-3": an offset, not a zone of the database ("UTC" and "Etc/GMT-1" are in it). */
	public static boolean fixedOffset(ZoneId zone) {
		return zone instanceof ZoneOffset || zone.getId().matches("(UTC|GMT|UT)[+-].*");
	}
}
