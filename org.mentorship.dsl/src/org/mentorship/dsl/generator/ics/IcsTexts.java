package org.mentorship.dsl.generator.ics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mentorship.dsl.mentor.Party;

/**
 * The user's texts as they go into calendar properties. Quoted text in a .mentor file may run over
 * several lines and be indented; in a calendar it becomes one line. Escaping (commas, semicolons,
 * backslashes, line breaks) is left to ical4j.
 */
final class IcsTexts {

	/** A line break with the spaces around it (the indentation of the next line). */
	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
	/** Other control characters, which iCalendar TEXT does not allow (a tab is allowed). */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

	private IcsTexts() {
	}

	/** The text on one line: line breaks and the indentation after them become one space. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String oneLine = LINE_BREAK.matcher(text).replaceAll(" ");
		return CONTROL.matcher(oneLine).replaceAll(" ").strip();
	}

	/** The party's full name, or its short name if the full name is empty. */
	static String fullName(Party party) {
		if (party == null || party.eIsProxy()) {
			return "";
		}
		String full = normalise(party.getFullName());
		return full.isEmpty() ? normalise(party.getName()) : full;
	}

	/**
	 * How the parties are called in a summary: the word of each full name that is the party's name in the file, as the
	 * pair calls that person ("Nguyen Van Hoang", named hoang: "Hoang"; "Inês Carvalho", named ines: "Inês"), else the
	 * first word ("Ada", "Grace"); the full names when two of them would be called alike. The first word alone called
	 * people whose family name comes first by it ("Mentoring: Lena &amp; Nguyen").
	 */
	static List<String> callNames(List<Party> parties) {
		List<String> first = new ArrayList<>();
		for (Party p : parties) {
			String full = fullName(p);
			String[] words = full.split(" ");
			String called = words[0];
			for (String word : words) {
				if (p.getName() != null && withoutAccents(word).equalsIgnoreCase(p.getName())) {
					called = word;
					break;
				}
			}
			first.add(called);
		}
		Set<String> distinct = new HashSet<>(first);
		if (distinct.size() == first.size()) {
			return first;
		}
		return parties.stream().map(IcsTexts::fullName).toList();
	}

	private static String withoutAccents(String word) {
		return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** "Ada", "Ada & Grace", "Arjun, Mei & Priya". */
	static String and(List<String> names) {
		if (names.isEmpty()) {
			return "";
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
	}
}
