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
 * 12-hour clock ("8pm", "8:30pm", "9.30am"), a range of times ("at 08:30-09:15"), how often in words ("every other week"),
 * "1 hour a week", "an hour", "timezone", "signed 2027-03-01", an unquoted e-mail address, a term that ends "until", single quotes, braces and semicolons. Each gives
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

	/**
	 * "at 8pm", "at 8:30pm", "at 5:30 PM": 20:00, 20:30 and 17:30 (am or pm glued to the time or after one space).
	 * Returns the replacement and the text it replaces.
	 */
	static Optional<String[]> twelveHourClock(RecognitionException e, String found) {
		String suffix = found.toLowerCase(Locale.ROOT);
		if (!(suffix.equals("am") || suffix.equals("pm"))) {
			return Optional.empty();
		}
		Token last = TokenNeighbours.previousWord(e, 1);
		Token colon = TokenNeighbours.previousWord(e, 2);
		Token first = TokenNeighbours.previousWord(e, 3);
		boolean withMinutes = last != null && colon != null && first != null && (":".equals(colon.getText()) || ".".equals(colon.getText()))
				&& last.getText().matches("\\d{2}") && adjacent(first, colon) && adjacent(colon, last);
		Token hour = withMinutes ? first : last;
		if (hour == null || !hour.getText().matches("\\d{1,2}") || !(adjacent(last, e.token) || oneSpaceBetween(last, e.token))) {
			return Optional.empty();
		}
		int h12 = Integer.parseInt(hour.getText());
		int minutes = withMinutes ? Integer.parseInt(last.getText()) : 0;
		if (h12 < 1 || h12 > 12 || minutes > 59) {
			return Optional.empty();
		}
		int h24 = h12 % 12 + (suffix.equals("pm") ? 12 : 0);
		String time = withMinutes ? hour.getText() + colon.getText() + last.getText() : hour.getText();
		String written = adjacent(last, e.token) ? time + found : time + " " + found;
		return Optional.of(new String[] { String.format("%02d:%02d", h24, minutes), written });
	}

	private static boolean adjacent(Token before, Token after) {
		return before instanceof CommonToken b && after instanceof CommonToken a && b.getStopIndex() + 1 == a.getStartIndex();
	}

	private static boolean oneSpaceBetween(Token before, Token after) {
		return before instanceof CommonToken b && after instanceof CommonToken a && b.getStopIndex() + 2 == a.getStartIndex()
				&& b.getInputStream() != null && " ".equals(b.getInputStream().substring(b.getStopIndex() + 1, b.getStopIndex() + 1));
	}

	private static final Set<String> HOW_OFTEN_WORDS = Set.of("every", "fortnightly", "daily", "once", "twice");

	/** How often in other words, and the one word of the language for it. */
	private static final String[][] HOW_OFTEN = { { "every other week", "biweekly" }, { "every second week", "biweekly" },
			{ "every 2 weeks", "biweekly" }, { "every two weeks", "biweekly" }, { "every week", "weekly" },
			{ "every month", "monthly" }, { "fortnightly", "biweekly" } };

	/**
	 * "every other week", "fortnightly": how often is one word in a cadence. The word is the error's token, or the
	 * word before it when the parser took it for the cadence's name ("cadence fortnightly" then fails at "on").
	 * Returns the replacement and the text it replaces when one is certain ("every other week": biweekly), nulls when
	 * only the sentence helps ("every 3 weeks"), nothing when the word is not about how often or not in a cadence.
	 */
	static Optional<String[]> howOften(RecognitionException e, String found) {
		Token word = null;
		if (HOW_OFTEN_WORDS.contains(found.toLowerCase(Locale.ROOT)) && isCadence(TokenNeighbours.previousWord(e, 1))) {
			word = e.token;
		} else {
			Token previous = TokenNeighbours.previousWord(e, 1);
			if (previous != null && HOW_OFTEN_WORDS.contains(previous.getText().toLowerCase(Locale.ROOT))
					&& isCadence(TokenNeighbours.previousWord(e, 2))) {
				word = previous;
			}
		}
		if (!(word instanceof CommonToken start) || start.getInputStream() == null) {
			return Optional.empty();
		}
		java.util.List<Token> words = new java.util.ArrayList<>(java.util.List.of(word));
		words.addAll(TokenNeighbours.nextWordsOnLine(e, word, 2));
		for (String[] known : HOW_OFTEN) {
			int length = known[0].split(" ").length;
			if (length <= words.size() && known[0].equalsIgnoreCase(words.subList(0, length).stream().map(Token::getText)
					.reduce((a, b) -> a + " " + b).orElse("")) && words.get(length - 1) instanceof CommonToken end) {
				return Optional.of(new String[] { known[1], start.getInputStream().substring(start.getStartIndex(), end.getStopIndex()) });
			}
		}
		return Optional.of(new String[] { null, null });
	}

	private static boolean isCadence(Token token) {
		return token != null && "cadence".equals(token.getText());
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

	/** "email lee.park@example.org": the address as written, up to the end of its word, when it has an @. */
	static Optional<String> unquotedAddress(RecognitionException e) {
		Token previous = TokenNeighbours.previousWord(e, 1);
		if (previous == null || !"email".equals(previous.getText())) {
			return Optional.empty();
		}
		return unquotedWord(e).filter(address -> address.indexOf('@') > 0);
	}

	/** "time zone America/New_York": one word with a slash, where a text in quotes belongs. */
	static Optional<String> unquotedPath(RecognitionException e) {
		return unquotedWord(e).filter(word -> word.indexOf('/') > 0);
	}

	/** The error's word as written, up to the next blank or quote. */
	private static Optional<String> unquotedWord(RecognitionException e) {
		if (!(e.token instanceof CommonToken t) || t.getInputStream() == null) {
			return Optional.empty();
		}
		org.antlr.runtime.CharStream input = t.getInputStream();
		int end = t.getStartIndex();
		while (end < input.size() && !Character.isWhitespace(input.substring(end, end).charAt(0))
				&& input.substring(end, end).charAt(0) != '"') {
			end++;
		}
		return Optional.of(input.substring(t.getStartIndex(), end - 1));
	}

	/** Words written as one that the language writes as two. */
	private static final Map<String, String> JOINED = Map.of("timezone", "time zone", "time-zone", "time zone",
			"workdays", "working days", "workday", "working day", "business", "working");

	/** "timezone": the language's two words. */
	static Optional<String> joinedWords(String found) {
		return Optional.ofNullable(JOINED.get(found.toLowerCase(Locale.ROOT)));
	}

	/**
	 * "sign off", "retro", "Wed": a word of the language in another form ({@link OtherForms}). Returns the word meant
	 * and the text it replaces.
	 */
	static Optional<String[]> otherForm(RecognitionException e, String found, java.util.function.Predicate<String> isWord) {
		java.util.List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 1);
		return OtherForms.of(found, next.isEmpty() ? null : next.get(0).getText(), isWord)
				.flatMap(meant -> (meant.twoWords() ? source(e.token, next.get(0)) : Optional.of(found))
						.map(written -> new String[] { meant.word(), written }));
	}

	/** "priya signed 2027-03-01": 'on' is missing. Returns the replacement and the text it replaces. */
	static Optional<String[]> signedWithoutOn(RecognitionException e, String found) {
		java.util.List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 2);
		if (next.size() < 2 || !"signed".equals(next.get(0).getText()) || "on".equals(next.get(1).getText())
				|| !Character.isDigit(next.get(1).getText().charAt(0))) {
			return Optional.empty();
		}
		return source(e.token, next.get(0)).map(written -> new String[] { written + " on", written });
	}

	/** "review 2027-07-01": the one missing word, written in. Returns the replacement and the text it replaces. */
	static Optional<String[]> missingWord(RecognitionException e, String expected) {
		Token previous = TokenNeighbours.previousWord(e, 1);
		if (expected == null || !expected.matches("'[a-z-]+'") || previous == null || previous.getLine() != e.token.getLine()) {
			return Optional.empty();
		}
		String word = expected.substring(1, expected.length() - 1);
		return source(previous, e.token).map(written -> new String[] { previous.getText() + " " + word + " " + e.token.getText(), written });
	}

	/** "1 hour a week": 'per'. Returns the replacement and the text it replaces. */
	static Optional<String[]> perInWords(RecognitionException e, String found) {
		Token unit = TokenNeighbours.previousWord(e, 1);
		Token amount = TokenNeighbours.previousWord(e, 2);
		if (!Set.of("a", "an", "each", "every", "/").contains(found.toLowerCase(Locale.ROOT)) || unit == null || amount == null
				|| !amount.getText().matches("\\d+(\\.\\d+)?") || !unit.getText().matches("(minute|hour|day|week|month)s?")) {
			return Optional.empty();
		}
		return Optional.of(new String[] { "per", found });
	}

	/**
	 * "at 08:30-09:15": a meeting is a start and a length. Returns the replacement ("08:30 for 45 minutes") and the text
	 * it replaces, or no replacement when the end is not after the start.
	 */
	static Optional<String[]> timeRange(RecognitionException e, String found) {
		if (!Set.of("-", "–", "to", "until").contains(found)) {
			return Optional.empty();
		}
		Token startMinutes = TokenNeighbours.previousWord(e, 1);
		Token colon = TokenNeighbours.previousWord(e, 2);
		Token startHour = TokenNeighbours.previousWord(e, 3);
		Token at = TokenNeighbours.previousWord(e, 4);
		java.util.List<Token> end = TokenNeighbours.nextWordsOnLine(e, e.token, 3);
		if (at == null || !"at".equals(at.getText()) || colon == null || !":".equals(colon.getText())
				|| !isNumber(startHour) || !isNumber(startMinutes) || end.size() < 3 || !":".equals(end.get(1).getText())
				|| !isNumber(end.get(0)) || !isNumber(end.get(2))) {
			return Optional.empty();
		}
		int from = Integer.parseInt(startHour.getText()) * 60 + Integer.parseInt(startMinutes.getText());
		int to = Integer.parseInt(end.get(0).getText()) * 60 + Integer.parseInt(end.get(2).getText());
		Optional<String> written = source(startHour, end.get(2));
		if (to <= from || written.isEmpty()) {
			return Optional.of(new String[] { null, null });
		}
		String start = String.format("%02d:%02d", from / 60, from % 60);
		return Optional.of(new String[] { start + " for " + (to - from) + " minutes", written.get() });
	}

	private static boolean isNumber(Token token) {
		return token != null && token.getText().matches("\\d{1,2}");
	}

	/** The text from the first token to the last, as written. */
	private static Optional<String> source(Token first, Token last) {
		if (!(first instanceof CommonToken f) || !(last instanceof CommonToken l) || f.getInputStream() == null) {
			return Optional.empty();
		}
		return Optional.of(f.getInputStream().substring(f.getStartIndex(), l.getStopIndex()));
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
