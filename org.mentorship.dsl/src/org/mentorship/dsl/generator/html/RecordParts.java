package org.mentorship.dsl.generator.html;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.mentorship.dsl.mentor.Ambition;
import org.mentorship.dsl.mentor.AmbitionKind;
import org.mentorship.dsl.mentor.Career;
import org.mentorship.dsl.mentor.CareerClause;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.ConfidentialNote;
import org.mentorship.dsl.mentor.Decision;
import org.mentorship.dsl.mentor.Exposure;
import org.mentorship.dsl.mentor.Networking;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Revisit;
import org.mentorship.dsl.mentor.Section;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.mentor.Signature;
import org.mentorship.dsl.mentor.Stretch;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.values.Dates;

/** What is on record: decisions and changes, career, review, confidential notes and the sign-off. */
final class RecordParts {

	private final PageWriter w;
	private final Html h;

	RecordParts(PageWriter writer) {
		this.w = writer;
		this.h = writer.h;
	}

	/** Decisions and changes, oldest first (in the order written when dates are equal or unreadable). */
	void decisionsAndChanges() {
		List<Section> records = w.agreement.getSections().stream().filter(s -> s instanceof Decision || s instanceof Change)
				.sorted(Comparator.comparing((Section s) -> Dates.parse(recordDate(s)).orElse(LocalDate.MAX))).toList();
		w.section("decisions", "Decisions and changes", !records.isEmpty(), () -> {
			w.list("ul", records, (record, i) -> {
				h.open("strong");
				w.date(recordDate(record));
				h.close("strong");
				if (record instanceof Decision decision) {
					h.words(" decided: ").user(decision.getText());
				} else {
					Change change = (Change) record;
					h.words(change.getVersion() > 0 ? " changed in version " + change.getVersion() + ": " : " changed: ")
							.user(change.getText());
				}
			});
			h.newline();
		});
	}

	private static String recordDate(Section record) {
		return record instanceof Decision decision ? decision.getDate() : ((Change) record).getDate();
	}

	void career() {
		List<CareerClause> clauses = w.all(Career.class).stream().flatMap(c -> c.getClauses().stream()).toList();
		w.section("career", "Career", !clauses.isEmpty(), () -> {
			h.open("dl", "class", "pairs").newline();
			for (CareerClause clause : clauses) {
				if (clause instanceof Ambition ambition) {
					w.pair(ambition.getKind() == AmbitionKind.GENERAL ? "Ambition"
							: "Ambition (" + ambition.getKind().getLiteral() + ")", () -> h.user(ambition.getText()));
				} else if (clause instanceof Stretch stretch) {
					w.pair("Stretch", () -> h.user(stretch.getText()));
				} else if (clause instanceof Networking networking) {
					w.pair("Networking", () -> h.user(networking.getText()));
				} else if (clause instanceof Exposure exposure) {
					w.pair("Exposure", () -> h.user(exposure.getText()));
				} else if (clause instanceof Revisit revisit) {
					w.pair("Revisit on", () -> w.date(revisit.getDate()));
				}
			}
			h.close("dl").newline();
		});
	}

	void review() {
		List<Review> reviews = w.all(Review.class);
		w.section("review", "Review", !reviews.isEmpty(), () -> {
			for (Review review : reviews) {
				h.open("p").words("Review on ").open("strong");
				w.date(review.getDate());
				h.close("strong");
				if (review.getText() != null) {
					h.words(": ").user(review.getText());
				}
				h.close("p").newline();
			}
		});
	}

	void confidential() {
		List<ConfidentialNote> notes = w.all(ConfidentialNote.class);
		w.section("confidential", "Confidential notes", !notes.isEmpty(), "confidential", () -> {
			h.element("p", "For the parties only: the copies for the sponsor and the programme leave these notes out.",
					"class", "note").newline();
			w.list("ul", notes, (note, i) -> h.user(note.getText()));
			h.newline();
		});
	}

	/** The sign-off lines; without a sign-off section, the mentors and mentees are listed to sign. */
	void signOff() {
		List<Signature> signatures = w.all(SignOff.class).stream().flatMap(s -> s.getSignatures().stream()).toList();
		List<Party> toSign = signatures.isEmpty() ? Agreements.parties(w.agreement).stream()
				.filter(p -> p.getRole() == PartyRole.MENTOR || p.getRole() == PartyRole.CO_MENTOR || p.getRole() == PartyRole.MENTEE)
				.toList() : List.of();
		h.open("footer", "aria-labelledby", "sign-off-title").newline();
		h.element("h2", "Sign-off", "id", "sign-off-title").newline();
		h.open("ul", "class", "signatures").newline();
		for (Signature signature : signatures) {
			signatureLine(signature.getParty(), signature.isSigned() ? signature.getDate() : null);
		}
		for (Party party : toSign) {
			signatureLine(party, null);
		}
		h.close("ul").newline();
		h.close("footer").newline();
	}

	private void signatureLine(Party party, String signedOn) {
		h.open("li").open("span", "class", "signer");
		w.name(party);
		if (party != null && !party.eIsProxy()) {
			h.words(", " + PageWriter.role(party.getRole()));
		}
		h.close("span").words(" ");
		if (signedOn != null) {
			h.open("span", "class", "signed").words("Signed on ");
			w.date(signedOn);
			h.close("span");
		} else {
			h.element("span", "Signature and date", "class", "to-sign");
		}
		h.close("li").newline();
	}
}
