package org.mentorship.dsl.values;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whether a text is one e-mail address, as mail programs read it. Jakarta Mail's parser (RFC 822
 * syntax, strict) decides, not a home-made pattern: the calendar's ATTENDEE and ORGANIZER become
 * "mailto:" links that calendar and mail programs must accept.
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	/** Why the text is not exactly one plain address, or empty when it is one. */
	public static Optional<String> problem(String text) {
		if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return Optional.of("it contains a line break");
		}
		if (!text.equals(text.strip())) {
			return Optional.of("it starts or ends with a space");
		}
		InternetAddress address;
		try {
			address = new InternetAddress(text, true);
			address.validate();
		} catch (AddressException e) {
			String reason = e.getMessage() == null ? "the mail parser rejects it" : e.getMessage().strip();
			return Optional.of(reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1));
		}
		if (address.getPersonal() != null || !text.equals(address.getAddress())) {
			return Optional.of("write the address alone, without a name or brackets (the party's name is given already)");
		}
		return Optional.empty();
	}
}
