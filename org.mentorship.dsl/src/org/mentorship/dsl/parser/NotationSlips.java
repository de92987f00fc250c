package org.mentorship.dsl.parser;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;

/**
 * More slips from other notations, found in agreements written by people who had only read the README (the held-out
 * corpus of org.mentorship.dsl.tests): a colon after a word as in a form ("purpose:"), a word before a date ("due by
 * 2027-03-01"), ordinals in digits ("the 1st Monday", "the 15th"), a length in two units ("1 hour 30 minutes") and
 * letters with accents in a name ("zoë"). Each gives its sentence and, when one correction is certain, the
 * replacement and the text it replaces (as {@link Slips} does).
 */
final class NotationSlips {

	/**
	 * A slip's sentence, and the replacement with the text it replaces (both null when no fix is certain); and the
	 * words the slip is, when they are not the parser's word (else null).
	 */
	record Found(String message, String replacement, String original, Token from, Token to) {
		Found(String message, String replacement, String original) {
			this(message, replacement, original, null, null);
		}

		static Found withoutFix(String message) {
			return new Found(message, null, null);
		}

		Found placedAt(Token first, Token last) {
			return new Found(message, replacement, original, first, last);
		}
	}

	private NotationSlips() {
	}

	/** The slip at the error's token, if it is one of these. */
	static Optional<Found> find(RecognitionException e, String found) {
		return colonAfterWord(e, found).or(() -> strayComma(e, found)).or(() -> ordinalInDigits(e, found)).or(() -> wordBeforeNumber(e, found))
				.or(() -> twoUnits(e, found)).or(() -> accentedName(e, found)).or(() -> addressInAngleBrackets(e, found))
				.or(() -> years(e, found)).or(() -> timeWithoutColon(e, found)).or(() -> unitMissing(e, found))
				.or(() -> fullStop(e, found)).or(() -> listWithoutComma(e, found));
	}

	/**
	 * "review on 2027-07-02." and "version 1.1": a full stop the language has no place for. It was "The character '.' is
	 * not understood here."; at the end of a line it is left out (no fix: the writer deletes it), in a version the
	 * number is whole.
	 */
	private static Optional<Found> fullStop(RecognitionException e, String found) {
		if (!".".equals(found)) {
			return Optional.empty();
		}
		Token number = TokenNeighbours.previousWord(e, 1);
		Token version = TokenNeighbours.previousWord(e, 2);
		if (version != null && "version".equals(version.getText()) && number != null && number.getText().matches("\\d+")) {
			return Optional.of(Found.withoutFix("A version is a whole number, e.g. version 2: raise it by one for each"
					+ " change of the agreement."));
		}
		if (TokenNeighbours.nextWordsOnLine(e, e.token, 1).isEmpty()) {
			return Optional.of(Found.withoutFix("Leave out the '.': a line of a .mentor file ends without a full stop"
					+ " (only texts in quotes have sentences)."));
		}
		return Optional.empty();
	}

	/**
	 * "agenda "Wins" "Blockers"": the items of a list without the comma between them. It was "A text in quotes cannot
	 * start a section."; the fix writes the comma.
	 */
	private static Optional<Found> listWithoutComma(RecognitionException e, String found) {
		if (!(found.startsWith("\"") || found.startsWith("“"))) {
			return Optional.empty();
		}
		Token before = TokenNeighbours.previousWord(e, 1);
		if (before == null || before.getLine() != e.token.getLine()
				|| !(before.getText().startsWith("\"") || before.getText().startsWith("“"))) {
			return Optional.empty();
		}
		for (int n = 2; n < 50; n++) { // back along the line to the list's word
			Token word = TokenNeighbours.previousWord(e, n);
			if (word == null || word.getLine() != e.token.getLine()) {
				return Optional.empty();
			}
			if (Set.of("agenda", "channels").contains(word.getText())) {
				String replacement = before.getText() + ", " + found;
				return source(before, e.token).map(written -> new Found("Separate the items of a list with commas: "
						+ replacement + ".", replacement, written, before, e.token));
			}
		}
		return Optional.empty();
	}

	/**
	 * "reply within 48 on "e-mail"": a length without its unit. The parser stops at the word after the number ("'on' is
	 * not understood here."); the message is on the number. No fix: 48 hours or 48 minutes is the writer's choice.
	 */
	/** The words that may follow the amount of a length (a misspelt one is a typo, "Did you mean 'minutes'?"). */
	private static final Set<String> UNIT_WORDS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
			"month", "months", "working");

	private static Optional<Found> unitMissing(RecognitionException e, String found) {
		Token amount = TokenNeighbours.previousWord(e, 1);
		Token before = TokenNeighbours.previousWord(e, 2);
		if (amount == null || before == null || !amount.getText().matches("\\d+") || amount.getLine() != e.token.getLine()
				|| !Set.of("within", "for", "offers", "commits", "every").contains(before.getText())
				|| Slips.unitAbbreviation(e, found).isPresent() || Slips.joinedWords(found).isPresent() || found.matches("[.:,/-]")
				|| UNIT_WORDS.stream().anyMatch(u -> u.equalsIgnoreCase(found) || org.mentorship.dsl.values.Spelling.isClose(found, u))) {
			return Optional.empty();
		}
		return Optional.of(new Found("A unit is missing after '" + amount.getText() + "': write minutes, hours, days, weeks or"
				+ " months, e.g. " + amount.getText() + " hours.", null, null, amount, amount));
	}

	/**
	 * "at 1700 for 60 minutes", "quiet hours 2200 to 0700": a time without its colon, as on a timetable. The parser stops
	 * at the word after it ("'for' is not understood here."); the time is the mistake, and its fix writes 17:00.
	 */
	private static Optional<Found> timeWithoutColon(RecognitionException e, String found) {
		Token time = TokenNeighbours.previousWord(e, 1);
		Token before = TokenNeighbours.previousWord(e, 2);
		if (time == null || before == null || !time.getText().matches("\\d{3,4}")
				|| !Set.of("at", "to", "hours").contains(before.getText()) || found.matches("[:.]")) {
			return Optional.empty();
		}
		int hours = Integer.parseInt(time.getText()) / 100;
		int minutes = Integer.parseInt(time.getText()) % 100;
		if (hours > 23 || minutes > 59) {
			return Optional.empty();
		}
		String written = String.format("%02d:%02d", hours, minutes);
		return Optional.of(new Found("'" + time.getText() + "' is not written as a time: write hours and minutes with a colon, "
				+ written + ".", written, time.getText(), time, time));
	}

	/**
	 * "from 2027-01-04 for 3 years": the language counts long lengths in months (a year is no unit of it), and the
	 * message was "'years' is not understood here.". The fix writes the months (36 months).
	 */
	private static Optional<Found> years(RecognitionException e, String found) {
		String unit = found.toLowerCase(java.util.Locale.ROOT);
		Token amount = TokenNeighbours.previousWord(e, 1);
		if (!Set.of("year", "years", "yr", "yrs").contains(unit) || amount == null || !amount.getText().matches("\\d{1,3}")
				|| amount.getLine() != e.token.getLine()) {
			return Optional.empty();
		}
		int months = Integer.parseInt(amount.getText()) * 12;
		String replacement = months + (months == 1 ? " month" : " months");
		return source(amount, e.token).map(written -> new Found("Write a length in years as months, e.g. " + replacement
				+ ": years are not a unit of the language.", replacement, written, amount, e.token));
	}

	/** "Sam Okafor" &lt;sam@example.com&gt;: an address as a mail program writes it; here after 'email', in quotes. */
	private static Optional<Found> addressInAngleBrackets(RecognitionException e, String found) {
		if (!"<".equals(found) || !(e.token instanceof CommonToken t) || t.getInputStream() == null) {
			return Optional.empty();
		}
		org.antlr.runtime.CharStream input = t.getInputStream();
		int end = t.getStartIndex();
		while (end < input.size() && input.substring(end, end).charAt(0) != '>' && input.substring(end, end).charAt(0) != '\n') {
			end++;
		}
		String written = end < input.size() ? input.substring(t.getStartIndex(), end) : "";
		if (!written.matches("<[^<>\\s\"]+@[^<>\\s\"]+>")) {
			return Optional.empty();
		}
		String address = written.substring(1, written.length() - 1);
		Token before = TokenNeighbours.previousWord(e, 1);
		String replacement = (before != null && "email".equals(before.getText()) ? "" : "email ") + "\"" + address + "\"";
		return Optional.of(new Found("An e-mail address is written after the word email, in double quotes: " + replacement
				+ ".", replacement, written));
	}

	/**
	 * "check-in on 2027-05-20 17:30": a time right after a date, without 'at'. Returns the replacement ("at 17:30") and
	 * the text it replaces.
	 */
	static Optional<String[]> timeWithoutAt(RecognitionException e, String found) {
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 2);
		Token day = TokenNeighbours.previousWord(e, 1);
		Token dash = TokenNeighbours.previousWord(e, 2);
		if (!found.matches("\\d{1,2}") || next.size() < 2 || !":".equals(next.get(0).getText())
				|| !next.get(1).getText().matches("\\d{2}") || day == null || !day.getText().matches("\\d{1,2}")
				|| dash == null || !"-".equals(dash.getText()) || !adjacent(e.token, next.get(0))) {
			return Optional.empty();
		}
		String time = found + ":" + next.get(1).getText();
		return Optional.of(new String[] { "at " + time, time });
	}

	/** "Kenji Watanabe", email ...: a comma where no list is; the fix leaves it out when it follows a word or text. */
	private static Optional<Found> strayComma(RecognitionException e, String found) {
		if (!",".equals(found)) {
			return Optional.empty();
		}
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 1);
		if (!next.isEmpty() && "weekends".equals(next.get(0).getText())) { // quiet hours 19:00 to 08:00, weekends
			return source(e.token, next.get(0)).map(w -> new Found("Write 'and weekends': quiet hours 19:00 to 08:00 and weekends.",
					" and weekends", w));
		}
		Token before = TokenNeighbours.previousWord(e, 1);
		String message = "Leave out the ',': commas only separate the items of a list (agenda, channels, skip dates).";
		return Optional.of(before != null && adjacent(before, e.token)
				? new Found(message, before.getText(), before.getText() + ",") : Found.withoutFix(message));
	}

	/** "purpose: "...", "email: "...", "cadence:": a colon right after a word, as in a form. */
	private static Optional<Found> colonAfterWord(RecognitionException e, String found) {
		Token word = TokenNeighbours.previousWord(e, 1);
		if (!":".equals(found) || word == null || !adjacent(word, e.token) || !Character.isLetter(word.getText().charAt(0))) {
			return Optional.empty();
		}
		return Optional.of(new Found("Leave out the ':' after '" + word.getText()
				+ "': a .mentor file uses colons only in times, such as 10:00.", word.getText(), word.getText() + ":"));
	}

	/** The words that may follow a text on its line: they stay outside the quotes of a text written without them. */
	private static final Set<String> AFTER_TEXT = Set.of("email", "because", "due", "from", "mitigation", "about");

	private static final Set<String> FILLERS = Set.of("by", "on", "at", "before", "until", "the");
	/** The words a date or time follows directly. */
	private static final Set<String> BEFORE_A_VALUE = Set.of("due", "on", "from", "to", "starting", "at", "skip");

	/** "due by 2027-03-01", "review on the 2027-07-01": a word where the date (or time) starts. */
	private static Optional<Found> wordBeforeNumber(RecognitionException e, String found) {
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 1);
		Token previous = TokenNeighbours.previousWord(e, 1);
		if (!FILLERS.contains(found) || next.isEmpty() || !isNumber(next.get(0)) || previous == null
				|| !BEFORE_A_VALUE.contains(previous.getText())) {
			return Optional.empty();
		}
		String value = valueFrom(next.get(0));
		String message = "Leave out '" + found + "': write " + previous.getText() + " " + value + ".";
		return source(e.token, next.get(0)).map(written -> new Found(message, next.get(0).getText(), written));
	}

	/** The value that starts with the token as written, up to the next blank: 2027-03-01, 10:00. */
	private static String valueFrom(Token token) {
		if (!(token instanceof CommonToken t) || t.getInputStream() == null) {
			return token.getText();
		}
		org.antlr.runtime.CharStream input = t.getInputStream();
		int end = t.getStartIndex();
		while (end < input.size() && !Character.isWhitespace(input.substring(end, end).charAt(0))) {
			end++;
		}
		return input.substring(t.getStartIndex(), end - 1);
	}

	private static final Map<String, String> ORDINALS = Map.of("1", "first", "2", "second", "3", "third", "4", "fourth");
	private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th");

	/** "on the 1st Monday" (the first Monday), "on the 15th" (day 15): ordinals in digits. */
	private static Optional<Found> ordinalInDigits(RecognitionException e, String found) {
		Token start = e.token;
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, start, 3);
		if ("the".equals(found) && !next.isEmpty() && isNumber(next.get(0))) {
			next = next.subList(1, next.size());
		} else if (!isNumber(start)) {
			return Optional.empty();
		}
		if (next.isEmpty() || !SUFFIXES.contains(next.get(0).getText().toLowerCase())) {
			return Optional.empty();
		}
		Token number = "the".equals(found) ? TokenNeighbours.nextWordsOnLine(e, start, 1).get(0) : start;
		Token suffix = next.get(0);
		boolean weekday = next.size() > 1 && Character.isUpperCase(next.get(1).getText().charAt(0))
				&& next.get(1).getText().endsWith("day");
		if (weekday) {
			String ordinal = ORDINALS.get(number.getText());
			String message = "Write which week in words: the first, second, third, fourth or last " + next.get(1).getText() + ".";
			return Optional.of(ordinal == null ? Found.withoutFix(message)
					: source(start, suffix).map(w -> new Found(message, "the " + ordinal, w)).orElse(Found.withoutFix(message)));
		}
		String message = "Write a day of the month as day " + number.getText() + ", e.g. monthly on day " + number.getText() + ".";
		return Optional.of(source(start, suffix).map(w -> new Found(message, "day " + number.getText(), w))
				.orElse(Found.withoutFix(message)));
	}

	private static final Map<String, Integer> MINUTES_PER = Map.of("hour", 60, "hours", 60, "h", 60, "hr", 60, "hrs", 60,
			"minute", 1, "minutes", 1, "min", 1, "mins", 1);

	/** "for 1 hour 30 minutes", "1 hour and 30 minutes": one amount and one unit, in minutes. */
	private static Optional<Found> twoUnits(RecognitionException e, String found) {
		Token unit = TokenNeighbours.previousWord(e, 1);
		Token amount = TokenNeighbours.previousWord(e, 2);
		List<Token> rest = TokenNeighbours.nextWordsOnLine(e, e.token, 2);
		if (unit == null || amount == null || !isNumber(amount) || !MINUTES_PER.containsKey(unit.getText())) {
			return Optional.empty();
		}
		Token second = "and".equals(found) && !rest.isEmpty() ? rest.get(0) : e.token;
		List<Token> after = "and".equals(found) ? rest.subList(Math.min(1, rest.size()), rest.size()) : rest;
		if (!isNumber(second) || after.isEmpty() || !MINUTES_PER.containsKey(after.get(0).getText())) {
			return Optional.empty();
		}
		int minutes = Integer.parseInt(amount.getText()) * MINUTES_PER.get(unit.getText())
				+ Integer.parseInt(second.getText()) * MINUTES_PER.get(after.get(0).getText());
		String message = "Write a length as one amount and one unit, e.g. 90 minutes or 1.5 hours.";
		return Optional.of(source(amount, after.get(0)).map(w -> new Found(message, minutes + " minutes", w))
				.orElse(Found.withoutFix(message)));
	}

	/**
	 * "mentee eli Eli Kamau", "on email": text without quotes, from the error's word up to the end of its line, a text
	 * in quotes or a word that may follow a text (email, because, due, from, ...), which stays outside the quotes.
	 */
	static Found unquotedText(RecognitionException e) {
		Optional<Found> name = nameOfTwoWords(e);
		if (name.isPresent()) {
			return name.get();
		}
		// the texts of a list ("channels slack, email") are quoted one by one: a comma ends one and starts the next
		List<Token[]> items = new java.util.ArrayList<>();
		Token first = e.token;
		Token last = e.token;
		for (Token next : TokenNeighbours.nextWordsOnLine(e, e.token, 20)) {
			String text = next.getText();
			if (AFTER_TEXT.contains(text) || text.startsWith("\"") || text.startsWith("“")) {
				break;
			}
			if (",".equals(text)) {
				items.add(new Token[] { first, last });
				first = null;
			} else if (first == null) {
				first = next;
				last = next;
			} else {
				last = next;
			}
		}
		if (first != null) {
			items.add(new Token[] { first, last });
		}
		List<String> texts = items.stream().map(item -> source(item[0], item[1]).orElse(null)).toList();
		Optional<String> written = source(e.token, items.get(items.size() - 1)[1]);
		if (texts.contains(null) || written.isEmpty() || texts.stream().anyMatch(w -> w.indexOf('"') >= 0 || w.indexOf('\n') >= 0)) {
			return Found.withoutFix("Text must be in double quotes here: write \"" + e.token.getText() + " ...\".");
		}
		String quoted = String.join(", ", texts.stream().map(w -> "\"" + w + "\"").toList());
		return new Found("Text must be in double quotes here: write " + quoted + ".", quoted, written.get());
	}

	/**
	 * "goal road map "Own the roadmap"": a name written as two words, then the text. The second word is where a text was
	 * expected, but quoting it ("goal road "map" "Own ..."") made the title "map" and the real title an error: the name
	 * is joined with a hyphen instead (road-map).
	 */
	private static Optional<Found> nameOfTwoWords(RecognitionException e) {
		Token name = TokenNeighbours.previousWord(e, 1);
		List<Token> after = TokenNeighbours.nextWordsOnLine(e, e.token, 1);
		if (name == null || name.getLine() != e.token.getLine() || !isWord(name) || !isWord(e.token) || after.isEmpty()
				|| !(after.get(0).getText().startsWith("\"") || after.get(0).getText().startsWith("“"))) {
			return Optional.empty();
		}
		String joined = name.getText() + "-" + e.token.getText();
		return source(name, e.token).map(written -> new Found("A name is one word: write " + joined
				+ " (letters, digits, - and _), then the text in quotes.", joined, written, name, e.token));
	}

	private static boolean isWord(Token token) {
		return token.getType() == org.mentorship.dsl.parser.antlr.internal.InternalMentorParser.RULE_ID
				&& token.getText().matches("[a-z][a-z0-9_-]*");
	}

	/** "mentor zoë": a name with a letter outside a to z; the name without its accents, when that is one. */
	private static Optional<Found> accentedName(RecognitionException e, String found) {
		if (found.isEmpty() || !(e.token instanceof CommonToken t) || t.getInputStream() == null) {
			return Optional.empty();
		}
		org.antlr.runtime.CharStream input = t.getInputStream();
		// the error is at the letter ("zo" read, "ë" not), or at the name before it ("zoë signed on": "zo" unreadable)
		char after = t.getStopIndex() + 1 < input.size() ? input.substring(t.getStopIndex() + 1, t.getStopIndex() + 1).charAt(0) : ' ';
		boolean at = found.charAt(0) >= 128 && Character.isLetter(found.codePointAt(0));
		if (!at && !(Character.isLetter(found.charAt(0)) && after >= 128 && Character.isLetter(after))) {
			return Optional.empty();
		}
		int start = t.getStartIndex();
		while (start > 0 && isNameCharacter(input.substring(start - 1, start - 1).charAt(0))) {
			start--;
		}
		int end = t.getStopIndex() + 1;
		while (end < input.size() && isNameCharacter(input.substring(end, end).charAt(0))) {
			end++;
		}
		String name = input.substring(start, end - 1);
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String message = "'" + name + "' has letters a name cannot have: names use the letters a to z without accents,"
				+ " digits, - and _. The full name in quotes can be written in any letters.";
		return Optional.of(plain.matches("[A-Za-z_][A-Za-z0-9_-]*") ? new Found(message, plain, name) : Found.withoutFix(message));
	}

	private static boolean isNameCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static boolean adjacent(Token before, Token after) {
		return before instanceof CommonToken b && after instanceof CommonToken a && b.getStopIndex() + 1 == a.getStartIndex();
	}

	private static boolean isNumber(Token token) {
		return token != null && !token.getText().isEmpty() && token.getText().chars().allMatch(Character::isDigit);
	}

	/** The text from the first token to the last, as written. */
	private static Optional<String> source(Token first, Token last) {
		if (!(first instanceof CommonToken f) || !(last instanceof CommonToken l) || f.getInputStream() == null) {
			return Optional.empty();
		}
		return Optional.of(f.getInputStream().substring(f.getStartIndex(), l.getStopIndex()));
	}
}
