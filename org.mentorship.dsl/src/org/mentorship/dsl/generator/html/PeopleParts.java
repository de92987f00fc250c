package org.mentorship.dsl.generator.html;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.mentorship.dsl.mentor.AgendaOwner;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.ConversationStarter;
import org.mentorship.dsl.mentor.FeedbackStyle;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.ProgressKeeper;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.RoleClause;
import org.mentorship.dsl.mentor.Roles;
import org.mentorship.dsl.model.Agreements;

/** The header, purpose, parties and roles: who the agreement is between and what it is for. */
final class PeopleParts {

	private final PageWriter w;
	private final Html h;
	private final Agreement agreement;

	PeopleParts(PageWriter writer) {
		this.w = writer;
		this.h = writer.h;
		this.agreement = writer.agreement;
	}

	void header() {
		h.open("header").newline();
		h.open("p", "class", "kind").words("Mentorship agreement");
		programme().ifPresent(p -> h.words(" \u00b7 ").user(p.getTitle()));
		h.close("p").newline();
		h.open("h1").user(agreement.getTitle()).close("h1").newline();
		h.open("dl", "class", "facts").newline();
		w.pair("Agreement", () -> h.user(agreement.getName()));
		if (agreement.getVersion() > 0) {
			w.pair("Version", () -> h.words(Integer.toString(agreement.getVersion())));
		}
		if (agreement.getStart() != null) {
			w.pair("Term", this::term);
		}
		Agreements.timeZoneText(agreement).ifPresent(zone -> w.pair("Time zone", () -> h.user(zone)));
		h.close("dl").newline();
		h.close("header").newline();
	}

	private void term() {
		w.date(agreement.getStart());
		if (agreement.getEnd() != null) {
			h.words(" to ");
			w.date(agreement.getEnd());
		} else if (agreement.getLength() != null) {
			h.words(" for " + Wording.duration(agreement.getLength()));
			Agreements.end(agreement).ifPresent(end -> {
				h.words(" (until ");
				w.date(end);
				h.words(")");
			});
		}
	}

	private Optional<Programme> programme() {
		Programme programme = agreement.getProgramme();
		return programme == null || programme.eIsProxy() ? Optional.empty() : Optional.of(programme);
	}

	void purpose() {
		List<Purpose> purposes = w.all(Purpose.class);
		w.section("purpose", "Purpose", !purposes.isEmpty(), () -> {
			for (Purpose purpose : purposes) {
				h.open("p").user(purpose.getText()).close("p").newline();
			}
		});
	}

	void parties() {
		List<Party> parties = Agreements.parties(agreement);
		List<Party> contacts = programme().map(p -> EcoreUtil2.typeSelect(p.getDefaults(), Party.class))
				.orElse(List.of());
		List<RoleClause> roles = w.all(Roles.class).stream().flatMap(r -> r.getClauses().stream()).toList();
		w.section("parties", "Parties and roles", !parties.isEmpty() || !contacts.isEmpty() || !roles.isEmpty(), () -> {
			if (!parties.isEmpty() || !contacts.isEmpty()) {
				h.open("ul", "class", "parties").newline();
				parties.forEach(p -> party(p, false));
				contacts.forEach(p -> party(p, true));
				h.close("ul").newline();
			}
			if (!roles.isEmpty()) {
				h.open("ul", "class", "roles").newline();
				roles.forEach(this::role);
				h.close("ul").newline();
			}
		});
	}

	private void party(Party party, boolean ofProgramme) {
		h.open("li").open("p", "class", "party");
		h.open("strong").user(party.getFullName()).close("strong");
		h.words(", " + PageWriter.role(party.getRole()) + (ofProgramme ? " of the programme" : ""));
		if (party.getEmail() != null) {
			h.words(" \u00b7 ").open("span", "class", "email").user(party.getEmail()).close("span");
		}
		h.close("p");
		if (!party.getResponsibilities().isEmpty()) {
			h.open("ul", "class", "responsibilities");
			party.getResponsibilities().forEach(r -> h.open("li").words("Responsible for ").user(r.getText()).close("li"));
			h.close("ul");
		}
		h.close("li").newline();
	}

	private void role(RoleClause clause) {
		h.open("li");
		if (clause instanceof FeedbackStyle) {
			h.open("strong").words("Feedback").close("strong").words(": ").user(clause.getText());
		} else {
			Party party = clause instanceof ConversationStarter c ? c.getParty()
					: clause instanceof ProgressKeeper k ? k.getParty() : ((AgendaOwner) clause).getParty();
			String does = clause instanceof ConversationStarter ? " starts conversations"
					: clause instanceof ProgressKeeper ? " documents progress" : " owns the agenda";
			w.name(party);
			h.words(does);
			if (clause.getText() != null) {
				h.words(": ").user(clause.getText());
			}
		}
		h.close("li").newline();
	}
}
