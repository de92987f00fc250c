package org.mentorship.dsl.parser;

import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Weekday;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.values.Spelling;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Turns ANTLR's parser messages ("mismatched input 'x' expecting RULE_STRING") into sentences a
 * mentor understands. Each branch handles one mistake people actually make; the order matters
 * because the most specific explanation should win. The slips borrowed from other notations are in
 * {@link WordSlips} (in their order), the look at neighbouring tokens in {@link TokenNeighbours}, plain token names in
 * {@link TokenNames}.
 */
@Singleton
public class FriendlySyntaxErrors extends SyntaxErrorMessageProvider {

	/** The days of the week as the grammar writes them (enum Weekday), for "is not a day of the week". */
	private static final Set<String> WEEKDAYS = Weekday.VALUES.stream().map(Weekday::getLiteral).collect(Collectors.toSet());

	private static final String SECTION_HINT = " A new section starts with a word such as purpose, mentor,"
			+ " mentee, goal, cadence, boundaries, sign-off or review.";

	static final String TWENTY_FOUR_HOURS = "Write times on the 24-hour clock with a colon, e.g. 10:00 or 14:30.";

	private final Set<String> keywords;
	private final MentorGrammarAccess grammar;

	@Inject
	public FriendlySyntaxErrors(MentorGrammarAccess grammar) {
		this.grammar = grammar;
		keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null || e.token == null) {
			return new SyntaxErrorMessage(TokenNames.plain(context.getDefaultMessage()), IssueCodes.SYNTAX);
		}
		String expected = TokenNames.expectedTokenName(e, context.getTokenNames());
		SyntaxSuggestion suggestion = new SyntaxSuggestion();
		String message = e instanceof UnreadableInput ? unreadable(e, suggestion)
				: explain(e, e.token, expected, context, suggestion);
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX, suggestion.data());
	}

	/** Words where a section should start (the grammar's Unreadable): the first of them is explained. */
	private String unreadable(RecognitionException e, SyntaxSuggestion suggestion) {
		Token token = e.token;
		String found = token.getText();
		if (TokenNeighbours.gluedToText(token)) {
			return "Is a closing quote missing before '" + found + "'? The text in quotes before it ends with the quote"
					+ " that should open the next text.";
		}
		Optional<String> slip = WordSlips.find(e, found, suggestion).or(() -> otherForm(e, found, suggestion));
		if (slip.isPresent()) {
			return slip.get();
		}
		Optional<String> stray = Slips.strayCharacter(found);
		if (stray.isPresent()) {
			if ("'".equals(found)) {
				Slips.singleQuoted(token).ifPresent(q -> suggestion.set(q[0], q[1]));
			}
			return stray.get();
		}
		if (found.startsWith("\"") || found.startsWith("“")) {
			return "A text in quotes cannot start a section." + SECTION_HINT;
		}
		Optional<String> unit = Slips.unitAbbreviation(e, found);
		if (unit.isPresent()) {
			suggestion.set(unit.get(), found);
			return didYouMean(found, unit.get());
		}
		Token previous = TokenNeighbours.previousWord(e, 1);
		boolean startsLine = previous == null || previous.getLine() != token.getLine();
		Optional<String> section = startsLine ? Spelling.closest(found, SectionWords.of(grammar)) : Optional.empty();
		Optional<String> word = section.or(() -> closestKeyword(found, null));
		if (word.isPresent()) {
			suggestion.set(word.get(), found);
			return didYouMean(found, word.get());
		}
		if (!startsLine && token.getType() == org.mentorship.dsl.parser.antlr.internal.InternalMentorParser.RULE_ID) {
			return unquoted(e, suggestion); // "offers 2 hours per month rehearsal feedback": a text after a whole clause
		}
		return "'" + found + "' is not understood here." + SECTION_HINT;
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

	private String explain(RecognitionException e, Token token, String expected, IParserErrorContext context,
			SyntaxSuggestion suggestion) {
		String found = token.getText();
		if (token.getType() == Token.EOF) {
			Optional<NotationSlips.Found> unfinished = SpokenSlips.monthAndYear(e); // "due June 2027" at the end
			if (unfinished.isPresent()) {
				suggestion.placeAt(unfinished.get().from(), unfinished.get().to());
				return unfinished.get().message();
			}
			Optional<UnfinishedLines.Unfinished> ended = UnfinishedLines.atEnd(e, expected, context.getCurrentContext(), grammar);
			if (ended.isPresent()) { // "review on" and nothing after it
				suggestion.placeAt(ended.get().word(), ended.get().word());
				return ended.get().message();
			}
			return expected == null || "EOF".equals(expected) ? "The file ends in the middle of a section."
					: "The file ends too early: " + TokenNames.describe(expected) + " is missing.";
		}
		Optional<String> runaway = TokenNeighbours.runawayText(e);
		if (runaway.isPresent()) {
			return runaway.get();
		}
		Optional<String> slip = WordSlips.find(e, found, suggestion).or(() -> otherForm(e, found, suggestion));
		if (slip.isPresent()) {
			return slip.get();
		}
		Optional<UnfinishedLines.Unfinished> unfinished = keywords.contains(found)
				? UnfinishedLines.before(e, expected, context.getCurrentContext(), grammar) : Optional.empty();
		if (unfinished.isPresent()) { // "due" at the end of a line, and the next line's clause
			suggestion.placeAt(unfinished.get().word(), unfinished.get().word());
			return unfinished.get().message();
		}
		Optional<String> term = Slips.termWord(e, found); // before the stray characters: "from 2027-03-01 - 2027-08-31"
		if (term.isPresent()) {
			suggestion.set("to", found);
			return term.get();
		}
		Optional<String> stray = Slips.strayCharacter(found);
		if (stray.isPresent()) {
			if ("'".equals(found)) {
				Slips.singleQuoted(token).ifPresent(q -> suggestion.set(q[0], q[1]));
			}
			return stray.get();
		}
		if ("EOF".equals(expected)) {
			// the parser finished a section and found no keyword that starts another one
			return unknownWord(found, null, suggestion).orElse("'" + found + "' is not understood here." + SECTION_HINT);
		}
		if ("RULE_STRING".equals(expected) && Character.isLetterOrDigit(found.charAt(0))) {
			Optional<String> address = Slips.unquotedAddress(e);
			if (address.isPresent()) {
				suggestion.set("\"" + address.get() + "\"", address.get());
				return "An e-mail address must be in double quotes: email \"" + address.get() + "\".";
			}
			Optional<String> path = Slips.unquotedPath(e);
			if (path.isPresent()) {
				suggestion.set("\"" + path.get() + "\"", path.get());
				return "Text must be in double quotes here: write \"" + path.get() + "\".";
			}
			return unquoted(e, suggestion);
		}
		Optional<String> unit = Slips.unitAbbreviation(e, found);
		if (unit.isPresent()) {
			suggestion.set(unit.get(), found);
			return didYouMean(found, unit.get());
		}
		if (e instanceof MissingTokenException) {
			Slips.missingWord(e, expected).ifPresent(w -> suggestion.set(w[0], w[1]));
			return TokenNames.capitalize(TokenNames.describe(expected)) + " is missing before '" + found + "'.";
		}
		Optional<String> beforeText = UnfinishedLines.beforeText(e, expected, context.getCurrentContext(), grammar); // "for "Kickoff"": a length first
		if (beforeText.isPresent()) {
			return beforeText.get();
		}
		if ("RULE_STRING".equals(expected)) {
			return unquoted(e, suggestion);
		}
		if ("RULE_ID".equals(expected) && keywords.contains(found)) {
			return "'" + found + "' is a word of the language and cannot be a name here: choose another name, or write ^"
					+ found + ".";
		}
		if ("':'".equals(expected)) {
			Slips.twelveHourClock(e, found).ifPresent(t -> suggestion.set(t[0], t[1]));
			return TWENTY_FOUR_HOURS;
		}
		Optional<String> day = weekdayAfterOrdinal(e, found, suggestion);
		if (day.isPresent()) {
			return day.get();
		}
		Optional<String[]> often = Slips.howOften(e, found);
		if (often.isPresent()) {
			if (often.get()[0] != null) {
				suggestion.set(often.get()[0], often.get()[1]);
			}
			return "Say how often with one word: weekly, biweekly (every other week) or monthly, e.g. biweekly on Tuesday"
					+ " at 10:00 for 60 minutes.";
		}
		Optional<String> unknown = unknownWord(found, expected, suggestion);
		if (unknown.isPresent()) {
			return unknown.get();
		}
		Optional<String> digits = NumberWords.digitsOf(found);
		if ("RULE_INT".equals(expected) && digits.isPresent()) { // "at least three": 3
			suggestion.set(digits.get(), found);
			return "Write the number in digits: " + digits.get() + ".";
		}
		if ("RULE_INT".equals(expected)) {
			return "A number is expected here, not '" + found
					+ "': dates are written 2027-02-01, times 10:00, durations 45 minutes.";
		}
		if (e instanceof UnwantedTokenException) {
			return "'" + found + "' does not belong here" + (expected == null ? "." : "; expected " + TokenNames.describe(expected) + ".");
		}
		String where = atSectionLevel(context) ? SECTION_HINT
				: expected == null ? "" : " Expected " + TokenNames.describe(expected) + ".";
		return "'" + found + "' is not understood here." + where;
	}

	private String unquoted(RecognitionException e, SyntaxSuggestion suggestion) {
		NotationSlips.Found text = NotationSlips.unquotedText(e);
		suggestion.set(text.replacement(), text.original());
		if (text.from() != null) {
			suggestion.placeAt(text.from(), text.to());
		}
		return text.message();
	}

	/** A misspelled keyword: "Did you mean 'mentee'?", or a word typed in the wrong case. */
	private Optional<String> unknownWord(String found, String expected, SyntaxSuggestion suggestion) {
		return closestKeyword(found, expected).map(word -> {
			suggestion.set(word, found);
			return didYouMean(found, word);
		});
	}

	/**
	 * "on the last friday", "on the first Mon": the parser stops at "the", since what follows is no day of the week,
	 * and said "'the' is not understood here". The day is the mistake: its message and fix are those of the day.
	 */
	private Optional<String> weekdayAfterOrdinal(RecognitionException e, String found, SyntaxSuggestion suggestion) {
		if (!"the".equals(found)) {
			return Optional.empty();
		}
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 2);
		if (next.size() < 2 || !keywords.contains(next.get(0).getText())) {
			return Optional.empty();
		}
		Token day = next.get(1);
		String written = day.getText();
		Optional<String> meant = WEEKDAYS.stream().filter(w -> w.equalsIgnoreCase(written)).findFirst()
				.or(() -> OtherForms.of(written, null, WEEKDAYS::contains).map(OtherForms.Meant::word))
				.or(() -> WEEKDAYS.stream().filter(w -> Spelling.isClose(written, w)).findFirst());
		return meant.filter(w -> !w.equals(written)).map(w -> {
			suggestion.set(w, written);
			suggestion.placeAt(day, day);
			return didYouMean(written, w);
		});
	}

	/** "sign off", "retro", "Wed": the word of the language meant, with the fix that writes it. */
	private Optional<String> otherForm(RecognitionException e, String found, SyntaxSuggestion suggestion) {
		return Slips.otherForm(e, found, keywords::contains).map(meant -> {
			suggestion.set(meant[0], meant[1]);
			return didYouMean(meant[1], meant[0]);
		});
	}

	static String didYouMean(String found, String word) {
		if (word.equalsIgnoreCase(found)) {
			return "Write '" + word + "' exactly like this, with "
					+ (Character.isUpperCase(word.charAt(0)) ? "a capital first letter." : "small letters.");
		}
		String what = WEEKDAYS.contains(word) ? "is not a day of the week" : "is not a word this language knows";
		return "'" + found + "' " + what + ". Did you mean '" + word + "'?";
	}

	private static boolean atSectionLevel(IParserErrorContext context) {
		return context.getCurrentContext() instanceof Agreement || context.getCurrentContext() instanceof Programme;
	}

	/** The keyword the user most likely meant: same letters in other case, or at most two typos away. */
	private Optional<String> closestKeyword(String found, String expected) {
		if (found.length() < 3 || !Character.isLetter(found.charAt(0)) || keywords.contains(found)
				|| NumberWords.digitsOf(found).isPresent()) { // "one" is a number in words, not a misspelled "zone"
			return Optional.empty(); // 'the' in the wrong place is not a misspelled 'then'
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
		return Spelling.isClose(found, keyword);
	}

}
