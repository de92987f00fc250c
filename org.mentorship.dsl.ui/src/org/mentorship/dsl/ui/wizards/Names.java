package org.mentorship.dsl.ui.wizards;

import java.text.Normalizer;
import java.util.Locale;

/** Names of the language made from what a user typed: "Ada Lovelace" -> {@code ada}, "Ada & Grace 2027.mentor" -> {@code ada-grace-2027}. */
final class Names {

	private Names() {
	}

	static String id(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (id.isEmpty()) {
			return "agreement";
		}
		return Character.isLetter(id.charAt(0)) ? id : "a-" + id;
	}

	/** The first word of a full name as a party's name: "Ada Lovelace" -> {@code ada}. */
	static String party(String fullName) {
		String first = fullName.strip().split("\\s+")[0];
		return id(first);
	}
}
