package org.mentorship.dsl.ide.hover;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.values.Dates;

/**
 * Facts the editor computes about a clause, as of "today" (the language's {@link Clock}, so
 * {@code -Dmentor.today} fixes it as for the checker). Shared by hover and code lens.
 */
public final class ClauseFacts {

	private final Clock clock;

	public ClauseFacts(Clock clock) {
		this.clock = clock;
	}

	/** Today in the agreement's time zone (or the clock's, without one). */
	public LocalDate today(Agreement agreement) {
		ZoneId zone = agreement == null ? clock.getZone() : Agreements.zone(agreement).orElse(clock.getZone());
		return LocalDate.now(clock.withZone(zone));
	}

	/** "1.6 hours per month", if the schedule's duration is readable. */
	public static Optional<String> hoursPerMonth(Schedule schedule) {
		return MeetingSeries.minutes(schedule).map(minutes -> String.format(Locale.ROOT, "%.1f hours per month",
				MeetingSeries.sessionsPerMonth(schedule.getFrequency()) * minutes / 60));
	}

	/** A meeting: its date and (if readable) its time. */
	public record Meeting(LocalDate date, Optional<LocalTime> time) {
		@Override
		public String toString() {
			return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date
					+ time.map(t -> " at " + t).orElse("");
		}
	}

	public sealed interface Upcoming {
	}

	/** The next meetings from today (up to the count asked for; possibly none left within the term). */
	public record Next(List<Meeting> meetings) implements Upcoming {
	}

	public record TermEnded(LocalDate end) implements Upcoming {
	}

	/** Why no dates can be computed: no schedule, no start of the term... */
	public record Unknown(String why) implements Upcoming {
	}

	/** The agreement's next meetings of its cadence(s), from today. */
	public Upcoming nextMeetings(Cadence cadence, int count) {
		Agreement agreement = Agreements.of(cadence).orElse(null);
		if (agreement == null) {
			return new Unknown("a programme's cadence has no dates of its own");
		}
		Optional<Schedule> schedule = Defaults.schedule(cadence);
		if (schedule.isEmpty()) {
			return new Unknown("the cadence has no schedule");
		}
		Optional<LocalDate> start = Agreements.start(agreement);
		if (start.isEmpty()) {
			return new Unknown("the agreement has no start date");
		}
		LocalDate today = today(agreement);
		Optional<LocalDate> end = Agreements.end(agreement);
		if (end.isPresent() && end.get().isBefore(today)) {
			return new TermEnded(end.get());
		}
		LocalDate from = start.get().isAfter(today) ? start.get() : today;
		LocalDate until = end.orElse(from.plusYears(1));
		Set<LocalDate> skips = MeetingSeries.skips(cadence);
		// weekly series count from the term's start (biweekly: every other week from the first meeting)
		// only the dates asked for are computed, whatever the term's length (issue 16)
		List<LocalDate> dates = MeetingSeries.dates(schedule.get(), start.get(), from, until, skips, count);
		Optional<LocalTime> time = MeetingSeries.time(schedule.get());
		return new Next(dates.stream().map(d -> new Meeting(d, time)).collect(Collectors.toList()));
	}

	/** The latest due date of the goal's milestones. */
	public static Optional<LocalDate> lastMilestone(Goal goal) {
		return goal.getMilestones().stream().map(Milestone::getDue).map(Dates::parse).flatMap(Optional::stream)
				.max(LocalDate::compareTo);
	}

	/** "12 days left to its last milestone (2030-05-01)." and the like. */
	public String daysLeft(Goal goal) {
		Optional<LocalDate> last = lastMilestone(goal);
		if (last.isEmpty()) {
			return "It has no milestone with a date yet.";
		}
		long days = ChronoUnit.DAYS.between(today(Agreements.of(goal).orElse(null)), last.get());
		if (days > 0) {
			return days + (days == 1 ? " day" : " days") + " left to its last milestone (" + last.get() + ").";
		}
		if (days == 0) {
			return "Its last milestone (" + last.get() + ") is due today.";
		}
		return "Its last milestone was due on " + last.get() + ", " + -days + (days == -1 ? " day" : " days") + " ago.";
	}

	/** "the mentor", "a co-mentor", ... */
	public static String role(PartyRole role) {
		return switch (role) {
		case MENTOR -> "the mentor";
		case MENTEE -> "the mentee";
		case CO_MENTOR -> "a co-mentor";
		case SPONSOR -> "the sponsor";
		case STAKEHOLDER -> "a stakeholder";
		case CONTACT -> "a programme contact";
		};
	}

	public static String who(Party party) {
		String name = party.getFullName() != null ? party.getFullName() : party.getName();
		return "**" + name + "** (`" + party.getName() + "`) is " + role(party.getRole())
				+ (party.eContainer() instanceof Agreement ? "" : " of the programme") + ".";
	}
}
