package org.mentorship.dsl.generator.html;

import java.util.Comparator;
import java.util.List;

import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.BoundaryClause;
import org.mentorship.dsl.mentor.Channels;
import org.mentorship.dsl.mentor.Confidentiality;
import org.mentorship.dsl.mentor.ConflictOfInterest;
import org.mentorship.dsl.mentor.Consent;
import org.mentorship.dsl.mentor.Equity;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.EscalationStep;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.EthicsClause;
import org.mentorship.dsl.mentor.NotesRepository;
import org.mentorship.dsl.mentor.QuietHours;
import org.mentorship.dsl.mentor.Reading;
import org.mentorship.dsl.mentor.Resource;
import org.mentorship.dsl.mentor.Resources;
import org.mentorship.dsl.mentor.ResponseTime;
import org.mentorship.dsl.mentor.Risk;
import org.mentorship.dsl.mentor.TimeCommitment;
import org.mentorship.dsl.mentor.Tool;
import org.mentorship.dsl.model.Defaults;

/** The terms of working together: boundaries, ethics, resources, risks and escalation. */
final class TrustParts {

	private final PageWriter w;
	private final Html h;

	TrustParts(PageWriter writer) {
		this.w = writer;
		this.h = writer.h;
	}

	void boundaries() {
		List<Boundaries> all = w.all(Boundaries.class);
		List<BoundaryClause> clauses = all.stream().flatMap(b -> Defaults.clauses(b).stream()).toList();
		w.section("boundaries", "Boundaries", !all.isEmpty(), () -> {
			if (clauses.isEmpty()) {
				h.element("p", "No boundaries written.").newline();
			} else {
				w.list("ul", clauses, (clause, i) -> boundary(clause));
				h.newline();
			}
			all.forEach(b -> w.basedOn(b, Boundaries::getBase));
		});
	}

	private void boundary(BoundaryClause clause) {
		if (clause instanceof Channels channels) {
			h.words("Channels: ");
			w.joined(channels.getChannels(), h::user);
		} else if (clause instanceof ResponseTime reply) {
			h.words("Reply within " + Wording.duration(reply.getWithin()));
			if (reply.getChannel() != null) {
				h.words(" on ").user(reply.getChannel());
			}
		} else if (clause instanceof QuietHours quiet) {
			h.words("Quiet hours from " + Wording.time(quiet.getFrom()) + " to " + Wording.time(quiet.getUntil())
					+ (quiet.isWeekends() ? ", and at weekends" : ""));
		}
	}

	void ethics() {
		List<Ethics> all = w.all(Ethics.class);
		List<EthicsClause> clauses = all.stream().flatMap(e -> Defaults.clauses(e).stream())
				.sorted(Comparator.comparingInt(TrustParts::ethicsOrder)).toList();
		w.section("ethics", "Ethics", !all.isEmpty(), () -> {
			if (clauses.isEmpty()) {
				h.element("p", "No ethics clauses written.").newline();
			} else {
				h.open("dl", "class", "pairs").newline();
				for (EthicsClause clause : clauses) {
					w.pair(ethicsName(clause), () -> h.user(clause.getText()));
				}
				h.close("dl").newline();
			}
			all.forEach(e -> w.basedOn(e, Ethics::getBase));
		});
	}

	private static int ethicsOrder(EthicsClause clause) {
		return clause instanceof Confidentiality ? 0 : clause instanceof Consent ? 1 : clause instanceof ConflictOfInterest ? 2 : 3;
	}

	private static String ethicsName(EthicsClause clause) {
		return clause instanceof Confidentiality ? "Confidentiality"
				: clause instanceof Consent ? "Consent"
				: clause instanceof ConflictOfInterest ? "Conflicts of interest" : clause instanceof Equity ? "Equity" : "Ethics";
	}

	void resources() {
		List<Resource> items = w.all(Resources.class).stream().flatMap(r -> r.getItems().stream()).toList();
		w.section("resources", "Resources", !items.isEmpty(), () -> {
			w.list("ul", items, (item, i) -> {
				if (item instanceof TimeCommitment time) {
					w.name(time.getParty());
					h.words(" " + time.getVerb() + " " + Wording.duration(time.getAmount()) + " per "
							+ Wording.unit(time.getPer(), false));
					if (time.getText() != null) {
						h.words(": ").user(time.getText());
					}
				} else {
					String label = item instanceof Tool ? "Tool" : item instanceof NotesRepository ? "Notes" : item instanceof Reading ? "Reading" : "Resource";
					h.open("span", "class", "label").words(label + ":").close("span").words(" ").user(item.getText());
				}
			});
			h.newline();
		});
	}

	void risks() {
		List<Risk> risks = w.all(Risk.class);
		w.section("risks", "Risks", !risks.isEmpty(), () -> {
			h.open("dl", "class", "risks").newline();
			for (Risk risk : risks) {
				w.pair(() -> h.user(risk.getText()), () -> {
					if (risk.getMitigation() == null) {
						h.words("No mitigation written.");
					} else {
						h.words("Mitigation: ").user(risk.getMitigation());
					}
				});
			}
			h.close("dl").newline();
		});
	}

	void escalation() {
		List<Escalation> all = w.all(Escalation.class);
		List<EscalationStep> steps = all.stream().flatMap(e -> Defaults.steps(e).stream()).toList();
		w.section("escalation", "Escalation", !all.isEmpty(), () -> {
			if (steps.isEmpty()) {
				h.element("p", "No escalation steps written.").newline();
			} else {
				w.list("ol", steps, (step, i) -> {
					h.open("strong");
					w.joined(step.getContacts(), w::name);
					h.close("strong").words(": ").user(step.getText());
				});
				h.newline();
			}
			all.forEach(e -> w.basedOn(e, Escalation::getBase));
		});
	}
}
