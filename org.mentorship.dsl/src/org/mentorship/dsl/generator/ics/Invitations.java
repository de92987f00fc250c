package org.mentorship.dsl.generator.ics;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.mentorship.dsl.generator.ics.CalendarGenerator.Method;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.ConversationStarter;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Roles;
import org.mentorship.dsl.model.Agreements;

import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;

/**
 * Who sends the events and who is invited: the organizer is who starts conversations (roles section),
 * else the mentor; the attendees are the other parties with an e-mail address. Also the names the
 * event summaries use ("Mentoring: Ada and Grace").
 */
final class Invitations {

	private final String id;
	private final Method method;
	private final Optional<Party> organizer;
	private final List<Party> attendees;
	private final String people;

	/**
	 * @throws IllegalArgumentException for {@link Method#REQUEST} when the organizer has no e-mail
	 *         address or no other party has one (an invitation needs both)
	 */
	Invitations(Agreement agreement, String id, Method method) {
		this.id = id;
		this.method = method;
		this.organizer = organizer(agreement);
		this.attendees = Agreements.parties(agreement).stream()
				.filter(p -> organizer.map(o -> o != p).orElse(true)).filter(p -> !email(p).isEmpty()).toList();
		List<Party> meeting = Stream.of(PartyRole.MENTOR, PartyRole.CO_MENTOR, PartyRole.MENTEE)
				.flatMap(role -> Agreements.parties(agreement).stream().filter(p -> p.getRole() == role)).toList();
		String names = IcsTexts.and(IcsTexts.callNames(meeting));
		this.people = names.isEmpty() ? IcsTexts.normalise(agreement.getTitle()) : names;
		if (method == Method.REQUEST) {
			if (organizer.isEmpty() || email(organizer.get()).isEmpty()) {
				throw new IllegalArgumentException("An invitation needs an organizer with an e-mail address: add email \"...\" to "
						+ organizer.map(p -> "'" + p.getName() + "'").orElse("the mentor") + ".");
			}
			if (attendees.isEmpty()) {
				throw new IllegalArgumentException(
						"An invitation needs at least one other party with an e-mail address to invite.");
			}
		}
	}

	private static Optional<Party> organizer(Agreement agreement) {
		return Agreements.sections(agreement, Roles.class).stream().flatMap(r -> r.getClauses().stream())
				.filter(ConversationStarter.class::isInstance).map(c -> ((ConversationStarter) c).getParty())
				.filter(p -> p != null && !p.eIsProxy()).findFirst()
				.or(() -> Agreements.first(agreement, PartyRole.MENTOR));
	}

	/** The mentors and mentee by their call names, or the agreement's title when there are none. */
	String people() {
		return people;
	}

	/**
	 * ORGANIZER on every event (RFC 5546 requires it for PUBLISH and REQUEST); ATTENDEEs only in a
	 * REQUEST. An organizer without e-mail (PUBLISH only) is named by a name-based urn:uuid.
	 */
	void address(VEvent event) {
		if (organizer.isEmpty()) {
			return;
		}
		Party party = organizer.get();
		URI address = address(party).orElseGet(() -> URI.create(
				"urn:uuid:" + UUID.nameUUIDFromBytes((id + "/party/" + party.getName()).getBytes(StandardCharsets.UTF_8))));
		event.add(new Organizer(new ParameterList(List.of(new Cn(IcsTexts.fullName(party)))), address));
		if (method != Method.REQUEST) {
			return;
		}
		for (Party attendee : attendees) {
			Optional<URI> to = address(attendee);
			if (to.isEmpty()) {
				continue;
			}
			boolean required = attendee.getRole() == PartyRole.MENTOR || attendee.getRole() == PartyRole.CO_MENTOR
					|| attendee.getRole() == PartyRole.MENTEE;
			event.add(new Attendee(new ParameterList(List.of(new Cn(IcsTexts.fullName(attendee)),
					required ? Role.REQ_PARTICIPANT : Role.OPT_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.TRUE)), to.get()));
		}
	}

	private static String email(Party party) {
		return IcsTexts.normalise(party.getEmail());
	}

	private static Optional<URI> address(Party party) {
		String email = email(party);
		if (email.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new URI("mailto", email, null));
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}
}
