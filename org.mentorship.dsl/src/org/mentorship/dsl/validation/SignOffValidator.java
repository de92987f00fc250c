package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.mentor.Signature;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.values.Dates;

/** Both sides commit by signing, and sign again after the agreement changes. */
public class SignOffValidator extends ComposedValidator {

	@Check
	public void mentorAndMenteeSign(SignOff signOff) {
		if (signOff.getSignatures().stream().anyMatch(s -> s.getParty() != null && s.getParty().eIsProxy())) {
			return; // a misspelled name may be the missing party: the linking error is the message
		}
		Agreements.of(signOff).ifPresent(a -> {
			for (PartyRole role : new PartyRole[] { PartyRole.MENTOR, PartyRole.MENTEE }) {
				// a party whose line did not parse has no name: the syntax error is reported already
				Agreements.first(a, role).filter(p -> p.getName() != null)
						.filter(p -> signOff.getSignatures().stream().noneMatch(s -> s.getParty() == p))
						.ifPresent(p -> reportOnFirstWord(Severity.WARNING, "The sign-off does not name the " + role.getLiteral()
								+ " " + p.getName() + ": add the line " + p.getName() + " to sign.", signOff,
								IssueCodes.SIGN_OFF_PARTY_MISSING, new IssueData.PartyName(p.getName()).encode()));
			}
		});
	}

	@Check
	public void signed(Signature signature) {
		Party party = signature.getParty();
		if (!signature.isSigned() && party != null && !party.eIsProxy()) {
			info(party.getName() + " has not signed yet.", signature, MentorPackage.Literals.SIGNATURE__PARTY,
					IssueCodes.NOT_SIGNED);
		}
	}

	@Check
	public void changeAfterSignOff(Change change) {
		Optional<LocalDate> changed = Dates.parse(change.getDate());
		Optional<LocalDate> signed = Agreements.of(change).flatMap(SignOffValidator::lastSignature);
		if (changed.isPresent() && signed.isPresent() && changed.get().isAfter(signed.get())) {
			warning("The agreement changed on " + changed.get() + ", after it was signed (last signature "
					+ signed.get() + "): both need to read and sign it again.", change, MentorPackage.Literals.CHANGE__DATE,
					IssueCodes.CHANGED_AFTER_SIGN_OFF, changed.get().toString(), signed.get().toString());
		}
	}

	/** The day the agreement was fully signed: the latest signature date. */
	static Optional<LocalDate> lastSignature(Agreement a) {
		return Agreements.sections(a, SignOff.class).stream().flatMap(s -> s.getSignatures().stream())
				.filter(Signature::isSigned).map(s -> Dates.parse(s.getDate())).flatMap(Optional::stream)
				.max(LocalDate::compareTo);
	}
}
