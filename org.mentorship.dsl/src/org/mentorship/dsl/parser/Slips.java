package org.mentorship.dsl.parser;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;

/**
 * Slips people make that look like another notation they know: units written short ("45 mins"), the
 * 12-hour clock ("8pm"), a term that ends "until", single quotes, braces and semicolons. Each gives
 * the sentence or the replacement {@link FriendlySyntaxErrors} offers.
 */
final class Slips {

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("min", "minutes"),
			Map.entry("mins", "minutes"), Map.entry("mn", "minutes"), Map.entry("m", "minutes"),
			Map.entry("h", "hours"), Map.entry("hr", "hours"), Map.entry("hrs", "hours"),
			Map.entry("d", "days"), Map.entry("wk", "weeks"), Map.entry("wks", "weeks"),
			Map.entry("w", "weeks"), Map.entry("mo", "months"), Map.entry("mos", "months"),
			Map.entry("mth", "months"), Map.entry("mths", "months"));

	private Slips() {
	}

	/** "45 mins": a unit written short, right after a number. "1 hr" is "1 hour". */
	static Optional<String> unitAbbreviation(RecognitionException e, String found) {
		String unit = UNITS.get(found.toLowerCase(Locale.ROOT));
		Token previous = TokenNeighbours.previousWord(e, 1);
		if (unit == null || previous == null || !previous.getText().chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of("1".equals(previous.getText()) ? unit.substring(0, unit.length() - 1) : unit);
	}

	/** "from 2027-03-01 until 2027-08-27": the term's end is written with 'to'. */
	static Optional<String> termWord(RecognitionException e, String found) {
		Token from = TokenNeighbours.previousWord(e, 6);
		if (from == null || !"from".equals(from.getText()) || !Set.of("until", "till", "til", "through", "thru", "-").contains(found)) {
			return Optional.empty();
		}
		return Optional.of("'" + found + "' is not how a term ends here: write from <start> to <end>, e.g. from 2027-01-11 to"
				+ " 2027-07-09 (or from 2027-01-11 for 6 months).");
	}

	/** "at 8pm": 20:00. Returns the replacement and the text it replaces. */
	static Optional<String[]> twelveHourClock(RecognitionException e, String found) {
		String suffix = found.toLowerCase(Locale.ROOT);
		Token hour = TokenNeighbours.previousWord(e, 1);
		if (!(suffix.equals("am") || suffix.equals("pm")) || hour == null || !hour.getText().matches("\\d{1,2}")
				|| !(hour instanceof CommonToken h) || !(e.token instanceof CommonToken t) || h.getStopIndex() + 1 != t.getStartIndex()) {
			return Optional.empty();
		}
		int h12 = Integer.parseInt(hour.getText());
		if (h12 < 1 || h12 > 12) {
			return Optional.empty();
		}
		int h24 = h12 % 12 + (suffix.equals("pm") ? 12 : 0);
		return Optional.of(new String[] { String.format("%02d:00", h24), hour.getText() + found });
	}

	/** 'Ward 7 staff room': the same text in double quotes, when its closing single quote is on the line. */
	static Optional<String[]> singleQuoted(Token token) {
		if (!(token instanceof CommonToken t) || t.getInputStream() == null) {
			return Optional.empty();
		}
		org.antlr.runtime.CharStream input = t.getInputStream();
		int start = t.getStartIndex();
		int end = start + 1;
		while (end < input.size()) {
			char c = input.substring(end, end).charAt(0);
			if (c == '\n' || c == '\r') {
				return Optional.empty();
			}
			if (c == '\'' && (end + 1 >= input.size() || !Character.isLetter(input.substring(end + 1, end + 1).charAt(0)))) {
				break;
			}
			end++;
		}
		if (end >= input.size() || end == start + 1) {
			return Optional.empty();
		}
		String inner = input.substring(start + 1, end - 1);
		if (inner.indexOf('"') >= 0) {
			return Optional.empty();
		}
		return Optional.of(new String[] { "\"" + inner + "\"", "'" + inner + "'" });
	}

	static Optional<String> strayCharacter(String found) {
		switch (found) {
		case "{":
		case "}":
			return Optional.of("Braces are not used in a .mentor file: a section ends where the next one begins.");
		case "'":
			return Optional.of("Put text in double quotes (\"like this\"); single quotes are not used.");
		case "@":
			return Optional.of("An e-mail address must be in double quotes: email \"name@example.org\".");
		case ";":
			return Optional.of("';' is not needed: put each clause on a line of its own.");
		default:
			return found.length() == 1 && !Character.isLetterOrDigit(found.charAt(0))
					? Optional.of("The character '" + found + "' is not understood here.")
					: Optional.empty();
		}
	}
}
