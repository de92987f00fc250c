package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.model.Agreements;

/** The parts without which an agreement cannot be used: each missing one is an error on the agreement's id. */
public class RequiredPartsValidator extends ComposedValidator {

	@Check
	public void requiredSections(Agreement a) {
		require(a, Agreements.has(a, Purpose.class), "a purpose: what both want to achieve and why",
				IssueCodes.MISSING_PURPOSE);
		require(a, Agreements.first(a, PartyRole.MENTOR).isPresent(), "a mentor", IssueCodes.MISSING_MENTOR);
		require(a, Agreements.first(a, PartyRole.MENTEE).isPresent(), "a mentee", IssueCodes.MISSING_MENTEE);
		require(a, Agreements.has(a, Goal.class), "at least one goal", IssueCodes.MISSING_GOAL,
				suggest(a, 1));
		require(a, Agreements.has(a, Cadence.class), "a cadence: how often and when you meet",
				IssueCodes.MISSING_CADENCE);
		require(a, Agreements.has(a, Boundaries.class), "boundaries: how you reach each other between meetings",
				IssueCodes.MISSING_BOUNDARIES);
		require(a, Agreements.has(a, SignOff.class), "a sign-off by mentor and mentee", IssueCodes.MISSING_SIGN_OFF,
				Agreements.first(a, PartyRole.MENTOR).map(Party::getName).orElse(""),
				Agreements.first(a, PartyRole.MENTEE).map(Party::getName).orElse(""));
		require(a, Agreements.has(a, Review.class), "a review date to revisit the terms", IssueCodes.MISSING_REVIEW,
				reviewSuggestion(a));
	}

	@Check
	public void term(Agreement a) {
		if (a.getStart() == null) {
			error(Agreements.called(a) + " has no term: add a line like \"from 2027-01-11 to 2027-07-09\" or"
					+ " \"from 2027-01-11 for 6 months\".", a, MentorPackage.Literals.DOCUMENT__NAME,
					IssueCodes.MISSING_TERM);
		}
	}

	@Check
	public void timeZone(Agreement a) {
		// with an unresolved programme, its time zone is unknown: the linking error is the message
		boolean programmeUnresolved = a.getProgramme() != null && a.getProgramme().eIsProxy();
		if (Agreements.timeZoneText(a).isEmpty() && !programmeUnresolved) {
			warning(Agreements.called(a) + " has no time zone, so calendars cannot place its meetings: add a"
					+ " line like time zone \"Europe/Berlin\".", a, MentorPackage.Literals.DOCUMENT__NAME,
					IssueCodes.MISSING_TIME_ZONE);
		}
	}

	private void require(Agreement a, boolean present, String what, String code, String... data) {
		if (!present) {
			error(Agreements.called(a) + " needs " + what + ".", a, MentorPackage.Literals.DOCUMENT__NAME, code,
					data);
		}
	}

	private static String suggest(Agreement a, int monthsAfterStart) {
		return Agreements.start(a).map(s -> s.plusMonths(monthsAfterStart).toString()).orElse("");
	}

	/** Three months after the start, but not after the end. */
	static String reviewSuggestion(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		if (start.isEmpty()) {
			return "";
		}
		LocalDate review = start.get().plusMonths(3);
		Optional<LocalDate> end = Agreements.end(a);
		return (end.isPresent() && review.isAfter(end.get()) ? end.get() : review).toString();
	}
}
