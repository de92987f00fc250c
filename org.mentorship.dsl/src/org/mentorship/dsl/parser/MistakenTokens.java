package org.mentorship.dsl.parser;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;

/**
 * The mistakes FriendlySyntaxErrors recognises from the tokens around a syntax error: a unit written short
 * ("45 mins"), a term ended with 'until', a twelve-hour time ("8pm"), text in single quotes, a text glued to
 * the next word or running on past its line, a stray character. Each reads only the tokens, so they live
 * apart from the messages that use them.
 */
final class MistakenTokens {

	private MistakenTokens() {
	}

	static final java.util.Map<String, String> UNITS = java.util.Map.ofEntries(java.util.Map.entry("min", "minutes"),
			java.util.Map.entry("mins", "minutes"), java.util.Map.entry("mn", "minutes"), java.util.Map.entry("m", "minutes"),
			java.util.Map.entry("h", "hours"), java.util.Map.entry("hr", "hours"), java.util.Map.entry("hrs", "hours"),
			java.util.Map.entry("d", "days"), java.util.Map.entry("wk", "weeks"), java.util.Map.entry("wks", "weeks"),
			java.util.Map.entry("w", "weeks"), java.util.Map.entry("mo", "months"), java.util.Map.entry("mos", "months"),
			java.util.Map.entry("mth", "months"), java.util.Map.entry("mths", "months"));

	/** "45 mins": a unit written short, right after a number. "1 hr" is "1 hour". */
	static Optional<String> unitAbbreviation(RecognitionException e, String found) {
		String unit = UNITS.get(found.toLowerCase(Locale.ROOT));
		Token previous = previousWord(e, 1);
		if (unit == null || previous == null || !previous.getText().chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of("1".equals(previous.getText()) ? unit.substring(0, unit.length() - 1) : unit);
	}

	/** "from 2027-03-01 until 2027-08-27": the term's end is written with 'to'. */
	static Optional<String> termWord(RecognitionException e, String found) {
		Token from = previousWord(e, 6);
		if (from == null || !"from".equals(from.getText()) || !Set.of("until", "till", "til", "through", "thru", "-").contains(found)) {
			return Optional.empty();
		}
		return Optional.of("'" + found + "' is not how a term ends here: write from <start> to <end>, e.g. from 2027-01-11 to"
				+ " 2027-07-09 (or from 2027-01-11 for 6 months).");
	}

	/** "at 8pm": 20:00. Returns the replacement and the text it replaces. */
	static Optional<String[]> twelveHourClock(RecognitionException e, String found) {
		String suffix = found.toLowerCase(Locale.ROOT);
		Token hour = previousWord(e, 1);
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

	/** Whether the token follows a quoted text without a blank: "Sam Ortiz email "sam.ortiz... */
	static boolean gluedToText(Token token) {
		if (!(token instanceof CommonToken t) || t.getInputStream() == null || t.getStartIndex() < 1
				|| !Character.isLetterOrDigit(t.getText().charAt(0))) {
			return false;
		}
		org.antlr.runtime.CharStream input = t.getInputStream();
		if (input.substring(t.getStartIndex() - 1, t.getStartIndex() - 1).charAt(0) != '"') {
			return false;
		}
		int quotes = 0;
		for (int i = t.getStartIndex() - 1; i >= 0; i--) {
			char c = input.substring(i, i).charAt(0);
			if (c == '\n') {
				break;
			}
			if (c == '"') {
				quotes++;
			}
		}
		return quotes % 2 == 0; // the quote before the word closes a text that opened on its line
	}

	/** The n-th word before the error's token (comments and blanks skipped), or null. */
	static Token previousWord(RecognitionException e, int n) {
		if (!(e.input instanceof TokenStream tokens) || e.token == null || e.token.getTokenIndex() < 0) {
			return null;
		}
		int seen = 0;
		for (int i = Math.min(e.token.getTokenIndex(), tokens.size()) - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (t.getChannel() == Token.DEFAULT_CHANNEL && ++seen == n) {
				return t;
			}
		}
		return null;
	}

	/**
	 * Texts may span lines, so a forgotten closing quote makes the text run on to the next opening
	 * quote, and the error appears at the word right after it ("G" in goal g "G"). A closing quote
	 * glued to a word, at the end of a multi-line text, is that situation.
	 */
	static Optional<String> runawayText(RecognitionException e) {
		if (!(e.input instanceof TokenStream) || e.index <= 0) {
			return Optional.empty();
		}
		TokenStream tokens = (TokenStream) e.input;
		for (int i = Math.min(e.index, tokens.size()) - 1; i >= 0; i--) {
			Token previous = tokens.get(i);
			if (previous.getChannel() != Token.DEFAULT_CHANNEL) {
				continue;
			}
			String text = previous.getText();
			boolean quoted = text != null && !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '“');
			boolean glued = previous instanceof CommonToken && e.token instanceof CommonToken
					&& ((CommonToken) e.token).getStartIndex() == ((CommonToken) previous).getStopIndex() + 1
					&& e.token.getText() != null && !e.token.getText().isEmpty()
					&& Character.isLetterOrDigit(e.token.getText().charAt(0));
			if (quoted && glued && text.indexOf('\n') >= 0) {
				return Optional.of("The text in quotes that starts on line " + previous.getLine()
						+ " runs on to here: is its closing quote missing?");
			}
			return Optional.empty();
		}
		return Optional.empty();
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
