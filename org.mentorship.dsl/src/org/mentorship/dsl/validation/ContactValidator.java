package org.mentorship.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.values.EmailAddresses;

/**
 * A party's e-mail is where invitations go (the calendar's ATTENDEE and ORGANIZER): an error when it
 * is not one address, since an invitation to it would be broken.
 */
public class ContactValidator extends ComposedValidator {

	@Check
	public void emailIsOneAddress(Party party) {
		String email = party.getEmail();
		if (email == null) {
			return;
		}
		EmailAddresses.problem(email).ifPresent(problem -> error("\"" + email.replace("\r", "\\r").replace("\n", "\\n")
				+ "\" is not an e-mail address: " + problem + ". Write one address, like name@example.org.", party,
				MentorPackage.Literals.PARTY__EMAIL, IssueCodes.EMAIL_NOT_AN_ADDRESS));
	}
}
