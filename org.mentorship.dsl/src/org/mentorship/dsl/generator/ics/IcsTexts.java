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
	 * How the parties are called in a summary: the first word of each full name ("Ada", "Grace"), or
	 * the full names when two of them share their first word.
	 */
	static List<String> callNames(List<Party> parties) {
		List<String> first = new ArrayList<>();
		for (Party p : parties) {
			String full = fullName(p);
			int space = full.indexOf(' ');
			first.add(space < 0 ? full : full.substring(0, space));
		}
		Set<String> distinct = new HashSet<>(first);
		if (distinct.size() == first.size()) {
			return first;
		}
		return parties.stream().map(IcsTexts::fullName).toList();
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
