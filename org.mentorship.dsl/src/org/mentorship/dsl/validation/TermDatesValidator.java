package org.mentorship.dsl.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

import com.google.inject.Inject;

/** Dates fit the term: it starts before it ends, and what is planned happens inside it. */
public class TermDatesValidator extends ComposedValidator {

	private static final MentorPackage M = MentorPackage.eINSTANCE;

	@Inject
	private Clock clock;

	@Check
	public void endAfterStart(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		Optional<LocalDate> end = Dates.parse(a.getEnd());
		if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
			error("The agreement ends on " + end.get() + ", which is not after its start on " + start.get()
					+ ": swap the dates or correct one.", a, M.getAgreement_End(), IssueCodes.TERM_END_BEFORE_START,
					new IssueData.Term(a.getStart(), a.getEnd()).encode());
		}
	}

	/**
	 * A term is at most ten years, like any duration (DataTypeValidator.notTooLong), also when both ends
	 * are written; and it cannot end after the year 9999 (Agreements.LAST_DAY). Rules that expand the
	 * meeting series rely on it (MeetingSeries.MAX_DATES).
	 */
	@Check
	public void termFitsTheCalendar(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		if (start.isEmpty()) {
			return;
		}
		if (Agreements.endsAfterLastDay(a)) {
			boolean tooLongAnyway = Durations.minutes(a.getLength()).filter(m -> m > DataTypeValidator.MAX_MINUTES)
					.isPresent();
			if (!tooLongAnyway) { // otherwise "is more than ten years" already says it
				error("A term from " + start.get() + " for " + Durations.inWords(a.getLength())
						+ " would end after the year 9999: check the dates.", a,
						M.getAgreement_Length(), IssueCodes.DURATION_TOO_LONG);
			}
			return;
		}
		Optional<LocalDate> end = Dates.parse(a.getEnd());
		if (end.isPresent() && end.get().isAfter(start.get().plusYears(10))) {
			error("The term from " + start.get() + " to " + end.get() + " is more than ten years: check the dates.", a,
					M.getAgreement_End(), IssueCodes.DURATION_TOO_LONG);
		}
	}

	/**
	 * A milestone's two rules (due inside the term, not overdue) in one check: the due date, the agreement and its
	 * term read once for both, and one dispatch instead of two, for what is the most frequent object of a large
	 * file (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe3)").
	 */
	@Check
	public void milestoneDates(Milestone m) {
		Optional<LocalDate> due = Dates.parse(m.getDue());
		Optional<Agreement> agreement = Agreements.of(m);
		if (due.isEmpty() || agreement.isEmpty()) {
			return;
		}
		Optional<LocalDate> start = Agreements.start(agreement.get());
		Optional<LocalDate> end = Agreements.end(agreement.get());
		milestoneInTerm(m, due.get(), start, end);
		milestoneNotOverdue(m, due.get(), start, end);
	}

	private void milestoneInTerm(Milestone m, LocalDate due, Optional<LocalDate> start, Optional<LocalDate> end) {
		inTerm(m, () -> "Milestone \"" + m.getTitle() + "\" is due", due, start, end, M.getMilestone_Due());
	}

	@Check
	public void checkInInTerm(CheckIn c) {
		inTerm(c, "The check-in is", c.getDate(), M.getCheckIn_Date());
	}

	@Check
	public void retrospectiveInTerm(Retrospective r) {
		if (r.getDate() != null) {
			inTerm(r, "The retrospective is", r.getDate(), M.getRetrospective_Date());
		} else if (r.getStart() != null) {
			inTerm(r, "The first retrospective is", r.getStart(), M.getRetrospective_Start());
		}
	}

	@Check
	public void reviewBeforeEnd(Review review) {
		Optional<LocalDate> date = Dates.parse(review.getDate());
		Optional<LocalDate> start = Agreements.of(review).flatMap(Agreements::start);
		Optional<LocalDate> end = Agreements.of(review).flatMap(Agreements::end);
		// a review before the start was not checked at all: "nothing due before the start" holds for it too
		if (date.isPresent() && start.isPresent() && date.get().isBefore(start.get()) && !inverted(start, end)) {
			error("The review on " + date.get() + " is before the agreement starts on " + start.get() + ".", review,
					M.getReview_Date(), IssueCodes.DATE_BEFORE_START);
			return;
		}
		if (date.isPresent() && end.isPresent() && date.get().isAfter(end.get())
				&& !inverted(start, end)) {
			warning("The review on " + date.get() + " is after the agreement ends on " + end.get()
					+ ": review the terms while the agreement still runs.", review, M.getReview_Date(),
					IssueCodes.REVIEW_AFTER_END, new IssueData.SuggestedDate(end.get().toString()).encode());
		}
	}

	/**
	 * Overdue milestones matter while the agreement runs: before its start nothing can be late yet (a
	 * due date before the start is date.before-start), after its end they are history.
	 */
	private void milestoneNotOverdue(Milestone m, LocalDate due, Optional<LocalDate> start, Optional<LocalDate> end) {
		LocalDate today = LocalDate.now(clock);
		if (!due.isBefore(today) || start.isEmpty() || today.isBefore(start.get()) || end.isEmpty()
				|| end.get().isBefore(today)) {
			return;
		}
		long days = ChronoUnit.DAYS.between(due, today);
		warning("Milestone \"" + m.getTitle() + "\" was due on " + due + ", " + days + (days == 1 ? " day" : " days")
				+ " ago: mark the progress in the notes, or agree a new date and log the change.", m, M.getMilestone_Due(),
				IssueCodes.MILESTONE_OVERDUE, Long.toString(days));
	}

	private void inTerm(EObject item, String what, String dateText, EAttribute feature) {
		Optional<LocalDate> date = Dates.parse(dateText);
		Optional<Agreement> agreement = Agreements.of(item);
		if (date.isEmpty() || agreement.isEmpty()) {
			return;
		}
		inTerm(item, () -> what, date.get(), Agreements.start(agreement.get()), Agreements.end(agreement.get()), feature);
	}

	/**
	 * {@code what} is built only when reported: most dates are in the term. A term that ends before it starts (a year
	 * mistyped in "to 2026-07-09") has no inside: its error (endAfterStart) is the one message, not every date of the
	 * agreement "after the end".
	 */
	private void inTerm(EObject item, Supplier<String> what, LocalDate date, Optional<LocalDate> start,
			Optional<LocalDate> end, EAttribute feature) {
		if (inverted(start, end)) {
			return;
		}
		if (start.isPresent() && date.isBefore(start.get())) {
			error(what.get() + " on " + date + ", before the agreement starts on " + start.get() + ".", item, feature,
					IssueCodes.DATE_BEFORE_START);
		} else if (end.isPresent() && date.isAfter(end.get())) {
			warning(what.get() + " on " + date + ", after the agreement ends on " + end.get()
					+ ": move it into the term or extend the term.", item, feature, IssueCodes.DATE_AFTER_END);
		}
	}

	/** A term whose end is not after its start: reported once, by endAfterStart. */
	private static boolean inverted(Optional<LocalDate> start, Optional<LocalDate> end) {
		return start.isPresent() && end.isPresent() && !end.get().isAfter(start.get());
	}
}
