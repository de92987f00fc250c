package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

/**
 * Long agreements need moments to recalibrate: a check-in around the middle of the term, and
 * retrospectives every two to four months.
 */
public class RhythmValidator extends ComposedValidator {

	/** "Longer than about three months". */
	static final long LONG_TERM_DAYS = 92;
	static final double MIN_MONTHS = 2;
	static final double MAX_MONTHS = 4;

	@Check
	public void midCourseCheckIn(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		Optional<LocalDate> end = Agreements.end(a);
		if (start.isEmpty() || end.isEmpty() || days(start.get(), end.get()) <= LONG_TERM_DAYS) {
			return;
		}
		long length = days(start.get(), end.get());
		LocalDate from = start.get().plusDays(length / 4);
		LocalDate to = start.get().plusDays(length * 3 / 4);
		List<CheckIn> checkIns = Agreements.sections(a, CheckIn.class);
		if (checkIns.stream().anyMatch(c -> c.getDate() != null && Dates.parse(c.getDate()).isEmpty())) {
			return; // a check-in on "2027-04-31": its date's error is the message, the check-in may well be mid-course
		}
		boolean midCourse = checkIns.stream().map(c -> Dates.parse(c.getDate()))
				.flatMap(Optional::stream).anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
		if (!midCourse) {
			LocalDate middle = start.get().plusDays(length / 2);
			warning(Agreements.called(a) + " runs " + Math.round(length / 30.44) + " months but has no check-in"
					+ " between " + from + " and " + to + ": add a mid-course check-in to recalibrate the goals, e.g."
					+ " check-in on " + middle + ".", a, MentorPackage.Literals.DOCUMENT__NAME,
					IssueCodes.NO_MID_COURSE_CHECK_IN, new IssueData.SuggestedDate(middle.toString()).encode());
		}
	}

	@Check
	public void hasRetrospective(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		Optional<LocalDate> end = Agreements.end(a);
		if (start.isEmpty() || end.isEmpty() || days(start.get(), end.get()) <= LONG_TERM_DAYS
				|| Agreements.has(a, Retrospective.class)) {
			return;
		}
		LocalDate first = start.get().plusMonths(3);
		warning(Agreements.called(a) + " has no retrospective: plan one every 2 to 4 months to review what"
				+ " works, e.g. retrospective every 3 months starting " + first + ".", a,
				MentorPackage.Literals.DOCUMENT__NAME, IssueCodes.NO_RETROSPECTIVE, new IssueData.SuggestedDate(first.toString()).encode());
	}

	@Check
	public void recurringInterval(Retrospective r) {
		Optional<Double> minutes = Durations.minutes(r.getEvery());
		if (minutes.isEmpty()) {
			return;
		}
		double months = minutes.get() / Durations.minutesPer(org.mentorship.dsl.mentor.TimeUnit.MONTHS);
		if (months < MIN_MONTHS - 0.05 || months > MAX_MONTHS + 0.05) {
			warning("Retrospectives every " + Durations.inWords(r.getEvery())
					+ " are too " + (months < MIN_MONTHS ? "frequent" : "rare") + ": every 2 to 4 months gives enough"
					+ " to look back on without losing track.", r, MentorPackage.Literals.RETROSPECTIVE__EVERY,
					IssueCodes.RETROSPECTIVE_INTERVAL);
		}
	}

	@Check
	public void datedRetrospectivesGap(Agreement a) {
		List<Retrospective> dated = Agreements.sections(a, Retrospective.class).stream()
				.filter(r -> r.getEvery() == null && Dates.parse(r.getDate()).isPresent())
				.sorted(Comparator.comparing(r -> Dates.parse(r.getDate()).get())).toList();
		Optional<LocalDate> previous = Agreements.start(a);
		for (Retrospective r : dated) {
			LocalDate date = Dates.parse(r.getDate()).get();
			if (previous.isPresent() && days(previous.get(), date) > MAX_MONTHS * 30.44 + 1) {
				warning("This retrospective comes " + Math.round(days(previous.get(), date) / 30.44) + " months after the"
						+ " previous one (or the start): keep them 2 to 4 months apart.", r,
						MentorPackage.Literals.RETROSPECTIVE__DATE, IssueCodes.RETROSPECTIVE_INTERVAL);
			}
			previous = Optional.of(date);
		}
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}
}
