package org.mentorship.dsl.parser;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Words of the language as people write them in another form, too far from the word for a typo: split in two
 * ("sign off", "check in", "co mentor"), short ("retro", "Wed") or in the singular ("boundary"). Found by writing
 * agreements as new users do; each got "'sign' is not understood here" and, for a section word, "needs a sign-off"
 * on top. The syntax error names the word meant (with a fix that writes it), and the rules that would report the
 * part as missing know it was written ({@code RequiredPartsValidator}).
 */
public final class OtherForms {

	/** Short forms and the singular of plural words. Days of the week as calendars shorten them. */
	private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("retro", "retrospective"),
			Map.entry("retros", "retrospective"), Map.entry("boundary", "boundaries"), Map.entry("Mon", "Monday"),
			Map.entry("Tue", "Tuesday"), Map.entry("Tues", "Tuesday"), Map.entry("Wed", "Wednesday"),
			Map.entry("Weds", "Wednesday"), Map.entry("Thu", "Thursday"), Map.entry("Thur", "Thursday"),
			Map.entry("Thurs", "Thursday"), Map.entry("Fri", "Friday"), Map.entry("Sat", "Saturday"),
			Map.entry("Sun", "Sunday"));

	private OtherForms() {
	}

	/**
	 * The word of the language meant by a word, or by it and the next word on its line (null when there is none):
	 * the second value says whether the next word is part of it.
	 */
	public static Optional<Meant> of(String word, String next, Predicate<String> isWord) {
		if (next != null && isWord.test(word + "-" + next)) {
			return Optional.of(new Meant(word + "-" + next, true));
		}
		String shortened = SHORT.get(word);
		return shortened != null && isWord.test(shortened) ? Optional.of(new Meant(shortened, false)) : Optional.empty();
	}

	/** The word meant, and whether it spans the next word too ("sign off"). */
	public record Meant(String word, boolean twoWords) {
	}
}
