package org.mentorship.dsl.generator.ics;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.mentorship.dsl.mentor.Agenda;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.InPerson;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Mode;
import org.mentorship.dsl.mentor.Preparation;
import org.mentorship.dsl.mentor.Prompt;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.Video;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.Every;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.model.SessionLengths;
import org.mentorship.dsl.values.ClockTimes;

import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;

/**
 * The meetings: one recurring event per cadence (with agenda, preparation and a reminder), the
 * kickoff, each check-in and each retrospective.
 */
final class SessionEvents {

	/** The reminder before each regular session: a day ahead, so there is time to prepare. */
	static final java.time.Duration REMINDER_BEFORE = java.time.Duration.ofDays(1);

	private final EventFactory events;
	private final String people;
	private final Optional<LocalDate> start;
	private final Optional<LocalDate> end;

	SessionEvents(Agreement agreement, EventFactory events) {
		this.events = events;
		this.people = events.invitations.people();
		this.start = Agreements.start(agreement);
		this.end = Agreements.end(agreement);
	}

	/** A cadence: one event that recurs from the first meeting to the end of the term. */
	Optional<VEvent> series(Cadence cadence, int index) {
		Optional<Schedule> found = Defaults.schedule(cadence);
		if (found.isEmpty() || start.isEmpty() || end.isEmpty()) {
			return Optional.empty();
		}
		Schedule schedule = found.get();
		Optional<LocalTime> time = MeetingSeries.time(schedule);
		if (time.isEmpty() || schedule.getFrequency() == null) {
			return Optional.empty();
		}
		Set<LocalDate> skips = MeetingSeries.skips(cadence);
		List<LocalDate> meetings = MeetingSeries.dates(schedule, start.get(), end.get(), skips);
		if (meetings.isEmpty()) {
			return Optional.empty();
		}
		LocalDate first = meetings.get(0);
		List<LocalDate> skipped = MeetingSeries.dates(schedule, start.get(), end.get(), Set.of()).stream()
				.filter(skips::contains).filter(d -> d.isAfter(first)).toList();

		Recurrences recurrences = new Recurrences(events.zone, end.get());
		VEvent event = events.event("cadence/" + (cadence.getName() != null ? cadence.getName() : index));
		event.add(events.zone.start(first, time.get()));
		event.add(new net.fortuna.ical4j.model.property.Duration(
				SessionLengths.orDefault(schedule.getDuration(), SessionLengths.SESSION)));
		event.add(new RRule<>(recurrences.of(schedule, start.get(), first)));
		List<LocalDate> changeDays = recurrences.onClockChanges(meetings, time.get());
		List<LocalDate> excluded = Stream.concat(skipped.stream(), changeDays.stream()).distinct().sorted().toList();
		if (!excluded.isEmpty()) {
			event.add(recurrences.exceptions(excluded, time.get()));
		}
		if (!changeDays.isEmpty()) {
			event.add(recurrences.givenBack(changeDays, time.get()));
		}
		String summary = "Mentoring: " + people;
		event.add(new Summary(summary));

		List<String> description = new ArrayList<>();
		List<String> agenda = Defaults.agenda(cadence).stream().map(Agenda::getItems).flatMap(List::stream)
				.map(IcsTexts::normalise).filter(t -> !t.isEmpty()).toList();
		if (!agenda.isEmpty()) {
			description.add("Agenda:");
			for (int i = 0; i < agenda.size(); i++) {
				description.add((i + 1) + ". " + agenda.get(i));
			}
		}
		List<String> preparation = Defaults.preparations(cadence).stream().map(SessionEvents::preparation).toList();
		if (!preparation.isEmpty()) {
			description.add("Preparation:");
			preparation.forEach(p -> description.add("- " + p));
		}
		EventFactory.describe(event, String.join("\n", description));
		place(schedule.getMode(), event);
		events.invitations.address(event);

		VAlarm alarm = new VAlarm(REMINDER_BEFORE.negated());
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description("Tomorrow: " + summary + "."
				+ (preparation.isEmpty() ? "" : " Prepare: " + String.join("; ", preparation) + ".")));
		event.add(alarm);
		return Optional.of(event);
	}

	/** "Grace Hopper brings: questions and notes". */
	private static String preparation(Preparation p) {
		String who = IcsTexts.fullName(p.getParty());
		return (who.isEmpty() ? "" : who + " ") + p.getVerb() + ": " + IcsTexts.normalise(p.getText());
	}

	/** In person: the place is the LOCATION. By video: the link is the LOCATION and, if it is a URI, the URL. */
	private static void place(Mode mode, VEvent event) {
		if (mode == null) {
			return;
		}
		String detail = IcsTexts.normalise(mode.getDetail());
		if (detail.isEmpty()) {
			return;
		}
		if (mode instanceof InPerson) {
			event.add(new Location(detail));
		} else if (mode instanceof Video) {
			event.add(new Location(detail));
			link(detail).ifPresent(uri -> event.add(new Url(uri)));
		}
	}

	private static Optional<URI> link(String text) {
		try {
			URI uri = new URI(text);
			return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}

	Optional<VEvent> kickoff(Kickoff kickoff) {
		return events.dated("kickoff", kickoff.getDate(), kickoff.getTime(), kickoff.getDuration(), SessionLengths.SESSION,
				"Mentoring kickoff: " + people, IcsTexts.normalise(kickoff.getText()));
	}

	Optional<VEvent> checkIn(CheckIn checkIn) {
		List<String> description = new ArrayList<>();
		String text = IcsTexts.normalise(checkIn.getText());
		if (!text.isEmpty()) {
			description.add(text);
		}
		List<String> goals = checkIn.getGoals().stream().filter(g -> !g.eIsProxy())
				.map(g -> IcsTexts.normalise(g.getTitle())).toList();
		if (!goals.isEmpty()) {
			description.add("Goals to look at:");
			goals.forEach(g -> description.add("- " + g));
		}
		String key = "check-in/" + (checkIn.getName() != null ? checkIn.getName() : checkIn.getDate());
		return events.dated(key, checkIn.getDate(), checkIn.getTime(), checkIn.getDuration(), SessionLengths.CHECK_IN,
				"Mentoring check-in: " + people, String.join("\n", description));
	}

	/** A retrospective on a date, or "every N months" as one recurring event until the end of the term. */
	Optional<VEvent> retrospective(Retrospective retrospective) {
		List<String> prompts = retrospective.getPrompts().stream().map(Prompt::getText).map(IcsTexts::normalise)
				.filter(t -> !t.isEmpty()).toList();
		List<String> description = new ArrayList<>();
		if (!prompts.isEmpty()) {
			description.add("Prompts:");
			prompts.forEach(p -> description.add("- " + p));
		}
		String summary = "Mentoring retrospective: " + people;
		String name = retrospective.getName();
		if (retrospective.getEvery() == null) {
			return events.dated("retrospective/" + (name != null ? name : retrospective.getDate()), retrospective.getDate(),
					retrospective.getTime(), retrospective.getDuration(), SessionLengths.SESSION, summary,
					String.join("\n", description));
		}
		Optional<Every> interval = Every.of(retrospective.getEvery());
		Optional<LocalDate> first = Every.first(retrospective, start);
		if (first.isEmpty() || end.isEmpty() || first.get().isAfter(end.get())) {
			return Optional.empty();
		}
		VEvent event = events.event("retrospective/" + (name != null ? name : "every"));
		Optional<LocalTime> time = ClockTimes.parse(retrospective.getTime());
		events.when(event, first.get(), time, retrospective.getDuration(), SessionLengths.SESSION);
		Recurrences recurrences = new Recurrences(events.zone, end.get());
		interval.ifPresent(i -> event.add(new RRule<>(recurrences.every(i, time.isPresent()))));
		if (interval.isPresent() && time.isPresent()) { // as for a cadence: see Recurrences.onClockChanges
			List<LocalDate> changeDays = recurrences.onClockChanges(interval.get().dates(first.get(), end.get()), time.get());
			if (!changeDays.isEmpty()) {
				event.add(recurrences.exceptions(changeDays, time.get()));
				event.add(recurrences.givenBack(changeDays, time.get()));
			}
		}
		event.add(new Summary(summary));
		EventFactory.describe(event, String.join("\n", description));
		events.invitations.address(event);
		return Optional.of(event);
	}
}
