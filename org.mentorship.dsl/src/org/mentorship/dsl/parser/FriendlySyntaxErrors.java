package org.mentorship.dsl.parser;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.values.Spelling;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Turns ANTLR's parser messages ("mismatched input 'x' expecting RULE_STRING") into sentences a
 * mentor understands. Each branch handles one mistake people actually make; the order matters
 * because the most specific explanation should win.
 */
@Singleton
public class FriendlySyntaxErrors extends SyntaxErrorMessageProvider {

	private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday");

	private static final String SECTION_HINT = " A new section starts with a word such as purpose, mentor,"
			+ " mentee, goal, cadence, boundaries, sign-off or review.";

	private final Set<String> keywords;

	@Inject
	public FriendlySyntaxErrors(MentorGrammarAccess grammar) {
		keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null || e.token == null) {
			return new SyntaxErrorMessage(plain(context.getDefaultMessage()), IssueCodes.SYNTAX);
		}
		String expected = expectedTokenName(e, context.getTokenNames());
		String message = explain(e, e.token, expected, context);
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX);
	}

	/**
	 * Value-converter problems (a text without its closing quote, a number too large) get the
	 * language's syntax code too; ranged ones keep Xtext's code, which carries their range.
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC.equals(message.getIssueCode())
				? new SyntaxErrorMessage(message.getMessage(), IssueCodes.SYNTAX)
				: message;
	}

	private String explain(RecognitionException e, Token token, String expected, IParserErrorContext context) {
		String found = token.getText();
		if (token.getType() == Token.EOF) {
			return expected == null || "EOF".equals(expected) ? "The file ends in the middle of a section."
					: "The file ends too early: " + describe(expected) + " is missing.";
		}
		Optional<String> runaway = runawayText(e);
		if (runaway.isPresent()) {
			return runaway.get();
		}
		Optional<String> stray = strayCharacter(found);
		if (stray.isPresent()) {
			return stray.get();
		}
		if ("EOF".equals(expected)) {
			// the parser finished a section and found no keyword that starts another one
			return unknownWord(found, null).orElse("'" + found + "' is not understood here." + SECTION_HINT);
		}
		if (e instanceof MissingTokenException) {
			return capitalize(describe(expected)) + " is missing before '" + found + "'.";
		}
		if ("RULE_STRING".equals(expected)) {
			return "Text must be in double quotes here: write \"" + found + " ...\".";
		}
		if ("RULE_ID".equals(expected) && keywords.contains(found)) {
			return "'" + found + "' is a word of the language and cannot be a name here: choose another name, or write ^"
					+ found + ".";
		}
		if ("':'".equals(expected)) {
			return "Write times on the 24-hour clock with a colon, e.g. 10:00 or 14:30.";
		}
		Optional<String> unknown = unknownWord(found, expected);
		if (unknown.isPresent()) {
			return unknown.get();
		}
		if ("RULE_INT".equals(expected)) {
			return "A number is expected here, not '" + found
					+ "': dates are written 2027-02-01, times 10:00, durations 45 minutes.";
		}
		if (e instanceof UnwantedTokenException) {
			return "'" + found + "' does not belong here" + (expected == null ? "." : "; expected " + describe(expected) + ".");
		}
		String where = atSectionLevel(context) ? SECTION_HINT
				: expected == null ? "" : " Expected " + describe(expected) + ".";
		return "'" + found + "' is not understood here." + where;
	}

	/** A misspelled keyword: "Did you mean 'mentee'?", or a word typed in the wrong case. */
	private Optional<String> unknownWord(String found, String expected) {
		return closestKeyword(found, expected).map(word -> {
			if (word.equalsIgnoreCase(found)) {
				return "Write '" + word + "' exactly like this, with "
						+ (Character.isUpperCase(word.charAt(0)) ? "a capital first letter." : "small letters.");
			}
			String what = WEEKDAYS.contains(word) ? "is not a day of the week" : "is not a word this language knows";
			return "'" + found + "' " + what + ". Did you mean '" + word + "'?";
		});
	}

	/**
	 * Texts may span lines, so a forgotten closing quote makes the text run on to the next opening
	 * quote, and the error appears at the word right after it ("G" in goal g "G"). A closing quote
	 * glued to a word, at the end of a multi-line text, is that situation.
	 */
	private static Optional<String> runawayText(RecognitionException e) {
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

	private static Optional<String> strayCharacter(String found) {
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

	private static boolean atSectionLevel(IParserErrorContext context) {
		return context.getCurrentContext() instanceof Agreement || context.getCurrentContext() instanceof Programme;
	}

	/** The keyword the user most likely meant: same letters in other case, or at most two typos away. */
	private Optional<String> closestKeyword(String found, String expected) {
		if (found.length() < 3 || !Character.isLetter(found.charAt(0))) {
			return Optional.empty();
		}
		String wanted = expected != null && expected.startsWith("'") ? expected.substring(1, expected.length() - 1) : null;
		if (wanted != null && isClose(found, wanted)) {
			return Optional.of(wanted);
		}
		return keywords.stream().filter(k -> k.length() > 2 && !k.equals(found) && isClose(found, k))
				.min(Comparator.comparingInt((String k) -> Spelling.distance(found.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)))
						// "minuts" means "minutes", not "minute": on a tie, keep the typed word's last letter
						.thenComparingInt(k -> k.charAt(k.length() - 1) == found.charAt(found.length() - 1) ? 0 : 1)
						.thenComparing(k -> k));
	}

	private static boolean isClose(String found, String keyword) {
		if (found.equals(keyword)) {
			return false;
		}
		int allowed = keyword.length() <= 4 ? 1 : 2;
		return Spelling.distance(found.toLowerCase(Locale.ROOT), keyword.toLowerCase(Locale.ROOT)) <= allowed;
	}

	private static String expectedTokenName(RecognitionException e, String[] tokenNames) {
		if (e instanceof MismatchedTokenException) {
			int expecting = ((MismatchedTokenException) e).expecting;
			if (expecting == Token.EOF) {
				return "EOF";
			}
			if (tokenNames != null && expecting > 0 && expecting < tokenNames.length) {
				return tokenNames[expecting];
			}
		}
		return null;
	}

	private static String describe(String tokenName) {
		if (tokenName == null) {
			return "something";
		}
		switch (tokenName) {
		case "RULE_STRING":
			return "a text in double quotes";
		case "RULE_ID":
			return "a name";
		case "RULE_INT":
			return "a number";
		case "EOF":
			return "the end of the file";
		default:
			return tokenName.startsWith("'") ? "the word " + tokenName : tokenName;
		}
	}

	/** Fallback: ANTLR's own words, with token names replaced by plain ones. */
	private static String plain(String message) {
		return message.replace("RULE_STRING", "a text in double quotes").replace("RULE_ID", "a name")
				.replace("RULE_INT", "a number").replace("<EOF>", "the end of the file");
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
