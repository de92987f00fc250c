package org.mentorship.dsl.ide.codelens;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mentorship.dsl.ide.hover.ClauseFacts;
import org.mentorship.dsl.ide.hover.ClauseFacts.Meeting;
import org.mentorship.dsl.ide.hover.ClauseFacts.Next;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Every;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Dates;

/**
 * The agreement's next session from today, of every kind the calendar holds: a regular meeting of a cadence, the
 * kickoff, a check-in or a retrospective (a kickoff the day before the first regular meeting is the next meeting),
 * within the term.
 */
final class NextSession {

	/** A session: when, and what it is unless it is a regular meeting ("kickoff", "check-in mid-course"). */
	record Session(Meeting when, Optional<String> what) {
		@Override
		public String toString() {
			return when + what.map(w -> " (" + w + ")").orElse("");
		}
	}

	private final ClauseFacts facts;

	NextSession(ClauseFacts facts) {
		this.facts = facts;
	}

	Optional<Session> of(Agreement agreement) {
		LocalDate today = facts.today(agreement);
		List<Session> sessions = new ArrayList<>();
		for (Cadence cadence : Agreements.sections(agreement, Cadence.class)) {
			if (facts.nextMeetings(cadence, 1) instanceof Next next) {
				next.meetings().forEach(m -> sessions.add(new Session(m, Optional.empty())));
			}
		}
		for (Kickoff kickoff : Agreements.sections(agreement, Kickoff.class)) {
			dated(kickoff.getDate(), kickoff.getTime(), "kickoff").ifPresent(sessions::add);
		}
		for (CheckIn checkIn : Agreements.sections(agreement, CheckIn.class)) {
			dated(checkIn.getDate(), checkIn.getTime(), named("check-in", checkIn.getName())).ifPresent(sessions::add);
		}
		for (Retrospective retrospective : Agreements.sections(agreement, Retrospective.class)) {
			String what = named("retrospective", retrospective.getName());
			if (retrospective.getEvery() == null) {
				dated(retrospective.getDate(), retrospective.getTime(), what).ifPresent(sessions::add);
			} else {
				series(agreement, retrospective, today).map(d -> session(d, retrospective.getTime(), what))
						.ifPresent(sessions::add);
			}
		}
		Optional<LocalDate> end = Agreements.end(agreement); // a date after the term is a finding, not a meeting
		return sessions.stream().filter(s -> !s.when().date().isBefore(today))
				.filter(s -> end.isEmpty() || !s.when().date().isAfter(end.get()))
				.min(Comparator.comparing((Session s) -> s.when().date())
						.thenComparing(s -> s.when().time().orElse(LocalTime.MIN)));
	}

	/** The series' first date from today within the term (a year ahead when the term has no end). */
	private static Optional<LocalDate> series(Agreement agreement, Retrospective retrospective, LocalDate today) {
		Optional<Every> every = Every.of(retrospective.getEvery());
		Optional<LocalDate> first = Every.first(retrospective, Agreements.start(agreement));
		if (every.isEmpty() || first.isEmpty()) {
			return Optional.empty();
		}
		LocalDate end = Agreements.end(agreement).orElse(today.plusYears(1));
		return every.get().next(first.get(), today, end);
	}

	private static Optional<Session> dated(String date, String time, String what) {
		return Dates.parse(date).map(d -> session(d, time, what));
	}

	private static Session session(LocalDate date, String time, String what) {
		return new Session(new Meeting(date, ClockTimes.parse(time)), Optional.of(what));
	}

	private static String named(String kind, String name) {
		return name == null ? kind : kind + " " + name;
	}
}
