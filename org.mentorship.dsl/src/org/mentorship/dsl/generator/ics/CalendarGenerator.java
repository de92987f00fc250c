package org.mentorship.dsl.generator.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.model.Agreements;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An agreement as an iCalendar file (RFC 5545), built with ical4j: one recurring event per cadence,
 * an event for the kickoff, each check-in and each retrospective, and an all-day event for each
 * milestone due date and for the review. docs/generators.md ("Calendar (ICS)") describes the result.
 *
 * <p>This class holds the calendar's skeleton and the order of its events; the parts are
 * {@link CalendarZone} (the zone and its VTIMEZONE), {@link Invitations} (organizer and attendees),
 * {@link SessionEvents} and {@link DeadlineEvents} (the events, with their recurrences from
 * {@link Recurrences}), and {@link EventFactory} (what every event shares).
 *
 * <p>The agreement must have no errors (the caller checks). The output is the same, byte for byte,
 * every time the same agreement is generated: UIDs are name-based, DTSTAMP comes from the agreement,
 * and nothing depends on the clock or on the machine's time zone.
 *
 * <p>Holds no state between calls; each call builds its own calendar and time zone registry.
 */
public class CalendarGenerator {

	/** The iTIP method (RFC 5546) written into the calendar. */
	public enum Method {
		/** For importing or subscribing: the events with their organizer, without attendees. */
		PUBLISH,
		/** An invitation: ORGANIZER and one ATTENDEE per other party that has an e-mail address. */
		REQUEST
	}

	public static final String PRODID = "-//Mentorship Studio//mentor calendar//EN";
	/** Appended to every UID. */
	public static final String UID_SUFFIX = "@mentorship";

	/** The calendar with {@link Method#PUBLISH}. */
	public String calendar(Agreement agreement) {
		return calendar(agreement, Method.PUBLISH);
	}

	/**
	 * The agreement's calendar as iCalendar text (CRLF line ends, lines folded at 75 octets).
	 *
	 * @throws IllegalArgumentException for {@link Method#REQUEST} when the organizer has no e-mail
	 *         address or no other party has one (an invitation needs both)
	 */
	public String calendar(Agreement agreement, Method method) {
		Objects.requireNonNull(agreement, "agreement");
		Method m = method == null ? Method.PUBLISH : method;
		String id = IcsTexts.normalise(agreement.getName());
		CalendarZone zone = new CalendarZone(agreement);
		EventFactory factory = new EventFactory(agreement, id, zone, new Invitations(agreement, id, m));
		SessionEvents sessions = new SessionEvents(agreement, factory);
		DeadlineEvents deadlines = new DeadlineEvents(factory);

		List<VEvent> events = new ArrayList<>();
		List<Cadence> cadences = Agreements.sections(agreement, Cadence.class);
		for (int i = 0; i < cadences.size(); i++) {
			sessions.series(cadences.get(i), i + 1).ifPresent(events::add);
		}
		Agreements.sections(agreement, Kickoff.class).forEach(k -> sessions.kickoff(k).ifPresent(events::add));
		Agreements.sections(agreement, CheckIn.class).forEach(c -> sessions.checkIn(c).ifPresent(events::add));
		Agreements.sections(agreement, Retrospective.class).forEach(r -> sessions.retrospective(r).ifPresent(events::add));
		for (Goal goal : Agreements.sections(agreement, Goal.class)) {
			for (int i = 0; i < goal.getMilestones().size(); i++) {
				deadlines.milestone(goal, goal.getMilestones().get(i), i + 1).ifPresent(events::add);
			}
		}
		Agreements.sections(agreement, Review.class).forEach(r -> deadlines.review(r).ifPresent(events::add));

		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(m == Method.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.PUBLISH);
		String title = IcsTexts.normalise(agreement.getTitle());
		if (!title.isEmpty()) {
			calendar.add(new XProperty("X-WR-CALNAME", title));
		}
		Agreements.sections(agreement, Purpose.class).stream().map(p -> IcsTexts.normalise(p.getText()))
				.filter(t -> !t.isEmpty()).findFirst().ifPresent(p -> calendar.add(new XProperty("X-WR-CALDESC", p)));
		zone.addTo(calendar);
		events.forEach(calendar::add);
		return write(calendar);
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return OctetFolding.refold(out.toString());
	}

	/** The UID of an item: a name-based UUID of "agreement id/item key", so it never changes. */
	public static String uid(String agreementId, String itemKey) {
		return UUID.nameUUIDFromBytes((agreementId + "/" + itemKey).getBytes(StandardCharsets.UTF_8)) + UID_SUFFIX;
	}
}
