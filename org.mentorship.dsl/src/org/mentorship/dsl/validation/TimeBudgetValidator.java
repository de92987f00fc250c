package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.Frequency;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Resources;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.TimeCommitment;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.model.SessionLengths;
import org.mentorship.dsl.values.Durations;

/**
 * Resource realism: the meetings must not ask more of a mentor than the mentor offered. Every
 * mentor and co-mentor attends every meeting; a check-in without a duration counts as
 * {@link SessionLengths#CHECK_IN} (30 minutes).
 */
public class TimeBudgetValidator extends ComposedValidator {

	@Check
	public void budget(Agreement a) {
		if (allIgnored(IssueCodes.TIME_BUDGET_EXCEEDED, IssueCodes.TIME_BUDGET_MISSING)) {
			return;
		}
		List<Cadence> cadences = Agreements.sections(a, Cadence.class);
		// a schedule without a length did not parse: the syntax error says so, the budget cannot
		List<Schedule> schedules = cadences.stream().map(Defaults::schedule).flatMap(Optional::stream)
				.filter(s -> s.getDuration() != null).toList();
		if (schedules.isEmpty()) {
			return;
		}
		// "adda offers 3 hours": the misspelled name may be the mentor's; the linking error is the message
		boolean unresolved = Agreements.sections(a, Resources.class).stream().flatMap(r -> r.getItems().stream())
				.filter(TimeCommitment.class::isInstance).map(TimeCommitment.class::cast)
				.anyMatch(t -> t.getParty() != null && t.getParty().eIsProxy());
		if (unresolved) {
			return;
		}
		double checkInHours = checkInHoursPerMonth(a);
		double needed = schedules.stream().mapToDouble(TimeBudgetValidator::hoursPerMonth).sum() + checkInHours;
		Agreements.mentors(a).forEach(mentor -> committedHoursPerMonth(a, mentor).ifPresentOrElse(committed -> {
			if (needed > committed + 0.05) {
				reportExceeded(a, mentor, cadences, schedules, checkInHours, needed, committed);
			}
		}, () -> info("Say how much time " + mentor.getName() + " can give, so the cadence can be checked against it,"
				+ " e.g. in resources: " + mentor.getName() + " offers 3 hours per month.", mentor,
				MentorPackage.Literals.PARTY__NAME, IssueCodes.TIME_BUDGET_MISSING)));
	}

	private void reportExceeded(Agreement a, Party mentor, List<Cadence> cadences, List<Schedule> schedules,
			double checkInHours, double needed, double committed) {
		List<String> parts = new ArrayList<>();
		for (Schedule s : schedules) {
			parts.add(describe(s));
		}
		if (checkInHours > 0) {
			parts.add("check-ins " + hours(checkInHours) + " h");
		}
		String message = String.join(" + ", parts) + " needs ~" + hours(needed) + " h/month but " + mentor.getName()
				+ " committed " + hours(committed) + " h/month: meet less often, shorten the sessions, or commit more time.";
		Cadence first = cadences.stream().filter(c -> Defaults.schedule(c).isPresent()).findFirst().get();
		boolean fixable = schedules.size() == 1 && first.getSchedule() != null;
		String lower = fixable ? lowerFrequencyThatFits(first.getSchedule(), checkInHours, committed) : "";
		String minutes = fixable ? minutesThatFit(first.getSchedule(), checkInHours, committed) : "";
		if (first.getSchedule() != null) {
			warning(message, first.getSchedule(), MentorPackage.Literals.SCHEDULE__FREQUENCY,
					IssueCodes.TIME_BUDGET_EXCEEDED, new IssueData.TimeBudget(mentor.getName(), hours(needed), hours(committed), lower, minutes).encode());
		} else {
			warning(message, first, MentorPackage.Literals.CADENCE__BASE, IssueCodes.TIME_BUDGET_EXCEEDED,
					new IssueData.TimeBudget(mentor.getName(), hours(needed), hours(committed), "", "").encode());
		}
	}

	static double hoursPerMonth(Schedule s) {
		return MeetingSeries.sessionsPerMonth(s.getFrequency()) * MeetingSeries.minutes(s).orElse(0.0) / 60;
	}

	static String describe(Schedule s) {
		return s.getFrequency().getLiteral() + " " + Durations.inWords(s.getDuration());
	}

	/** Check-ins spread over the months of the term. */
	static double checkInHoursPerMonth(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		Optional<LocalDate> end = Agreements.end(a);
		if (start.isEmpty() || end.isEmpty() || !end.get().isAfter(start.get())) {
			return 0;
		}
		double months = ChronoUnit.DAYS.between(start.get(), end.get()) / Durations.DAYS_PER_MONTH;
		double minutes = Agreements.sections(a, CheckIn.class).stream()
				.mapToDouble(c -> SessionLengths.checkInMinutes(c.getDuration())).sum();
		return minutes / 60 / Math.max(months, 1);
	}

	/** What the mentor offers, converted to hours per month ("2 hours per week" is ~8.7). */
	static Optional<Double> committedHoursPerMonth(Agreement a, Party mentor) {
		return Agreements.sections(a, Resources.class).stream().flatMap(r -> r.getItems().stream())
				.filter(TimeCommitment.class::isInstance).map(TimeCommitment.class::cast)
				.filter(t -> t.getParty() == mentor).findFirst().flatMap(t -> Durations.minutes(t.getAmount())
						.flatMap(minutes -> perMonth(t).map(factor -> minutes / 60 * factor)));
	}

	private static Optional<Double> perMonth(TimeCommitment t) {
		return switch (t.getPer()) {
		case MONTHS -> Optional.of(1.0);
		case WEEKS -> Optional.of(MeetingSeries.WEEKS_PER_MONTH);
		case DAYS -> Optional.of(Durations.DAYS_PER_MONTH);
		default -> Optional.empty();
		};
	}

	private static String lowerFrequencyThatFits(Schedule s, double checkInHours, double committed) {
		double sessionHours = MeetingSeries.minutes(s).orElse(0.0) / 60;
		for (Frequency f : Frequency.values()) {
			if (f.getValue() > s.getFrequency().getValue()
					&& MeetingSeries.sessionsPerMonth(f) * sessionHours + checkInHours <= committed + 0.05) {
				return f.getLiteral();
			}
		}
		return "";
	}

	/** The longest session, in whole 5 minutes and at least 15, that fits at the same frequency. */
	private static String minutesThatFit(Schedule s, double checkInHours, double committed) {
		double available = (committed - checkInHours) * 60 / MeetingSeries.sessionsPerMonth(s.getFrequency());
		int minutes = (int) (Math.floor(available / 5) * 5);
		return minutes >= 15 ? Integer.toString(minutes) : "";
	}

	static String hours(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}
}
