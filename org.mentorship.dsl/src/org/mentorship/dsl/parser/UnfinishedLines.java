package org.mentorship.dsl.parser;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.mentorship.dsl.parser.antlr.internal.InternalMentorParser;
import org.mentorship.dsl.services.MentorGrammarAccess;

/**
 * A line that ends before its clause does: "milestone solo "Lead one review alone" due" and the date forgotten. The
 * language does not care about line breaks, so the parser reads on and stops only at the first word of the next
 * line ("milestone"), which is not the mistake. When that word starts its line and the line before ends with a word
 * that is always followed by something (read from the grammar: 'due' by a date), or the parser said what it
 * expected, the message names what is missing after which word, and the error is placed on that word.
 */
final class UnfinishedLines {

	/** What may follow each keyword, per rule type; a follower without {@code what}: the clause may end there. */
	private static volatile Map<String, Set<Follower>> followers;

	/**
	 * What is missing, in words, an example of it written after the word (or null), the token it starts with, the
	 * type the rule makes ("QuietHours": 'to' is followed by a time there, by a date in an agreement's term) and the
	 * keyword right before the word ('review' 'on' is followed by a date, 'weekly' 'on' by a day).
	 */
	record Follower(String what, String example, String firstToken, String type, String after) {
		Follower(String what, String example, String firstToken) {
			this(what, example, firstToken, null, null);
		}

		/** Where the word is: in a rule making this type, after this keyword (null: not after a keyword). */
		Follower at(String ruleType, String keywordBefore) {
			return new Follower(what, example, firstToken, ruleType, keywordBefore);
		}
	}

	/** The message, and the word the mistake is placed on. */
	record Unfinished(String message, Token word) {
	}

	private UnfinishedLines() {
	}

	/** The unfinished line before the error's word, if the word starts its line and the line before is unfinished. */
	static Optional<Unfinished> before(RecognitionException e, String expected, EObject parsing, MentorGrammarAccess grammar) {
		Token previous = TokenNeighbours.previousWord(e, 1);
		if (previous == null || e.token.getType() == Token.EOF || previous.getLine() >= e.token.getLine()) {
			return Optional.empty();
		}
		Follower follower = follower(kinds(e, previous, parsing, grammar), expected);
		if (follower == null) {
			return Optional.empty();
		}
		boolean text = previous.getType() == InternalMentorParser.RULE_STRING;
		String after = text ? "" : " after '" + previous.getText() + "'";
		String example = follower.example() == null || text ? "" : ", e.g. " + previous.getText() + " " + follower.example();
		int line = previous.getLine() + (int) previous.getText().chars().filter(c -> c == '\n').count(); // a text may span lines
		return Optional.of(new Unfinished(TokenNames.capitalize(follower.what()) + " is missing" + after + " at the end of line "
				+ line + example + ".", text ? lastCharacter(previous) : previous));
	}

	/** The file ends in the middle of a clause: what is missing after its last word, placed on that word. */
	static Optional<Unfinished> atEnd(RecognitionException e, String expected, EObject parsing, MentorGrammarAccess grammar) {
		Token last = TokenNeighbours.previousWord(e, 1);
		if (last == null || e.token.getType() != Token.EOF || last.getType() == InternalMentorParser.RULE_STRING) {
			return Optional.empty();
		}
		Follower follower = follower(kinds(e, last, parsing, grammar), expected);
		if (follower == null) {
			return Optional.empty();
		}
		String example = follower.example() == null ? "" : ", e.g. " + last.getText() + " " + follower.example();
		return Optional.of(new Unfinished("The file ends too early: " + follower.what() + " is missing after '" + last.getText()
				+ "'" + example + ".", last));
	}

	/**
	 * "kickoff on 2027-01-11 at 10:00 for "Read the agreement"": a text where the word before it needs something
	 * else first (a length after 'for'). The parser's word, the text, stays the place: what is missing goes before it.
	 */
	static Optional<String> beforeText(RecognitionException e, String expected, EObject parsing, MentorGrammarAccess grammar) {
		Token previous = TokenNeighbours.previousWord(e, 1);
		if (previous == null || e.token.getType() != InternalMentorParser.RULE_STRING || previous.getLine() != e.token.getLine()
				|| "RULE_STRING".equals(expected)) {
			return Optional.empty();
		}
		Follower follower = follower(kinds(e, previous, parsing, grammar), expected);
		if (follower == null || follower.example() == null || "RULE_STRING".equals(follower.firstToken())) {
			return Optional.empty();
		}
		return Optional.of(TokenNames.capitalize(follower.what()) + " is missing after '" + previous.getText() + "', e.g. "
				+ previous.getText() + " " + follower.example() + ".");
	}

	/** A text's closing quote (a text may span lines: the marker goes where the line ends). */
	private static Token lastCharacter(Token text) {
		if (!(text instanceof CommonToken token) || token.getStopIndex() < token.getStartIndex()) {
			return text;
		}
		CommonToken quote = new CommonToken(token);
		quote.setStartIndex(token.getStopIndex());
		return quote;
	}

	/** What may follow the word in the rule of the object being parsed (when the parser says which), else anywhere. */
	private static Set<Follower> kinds(RecognitionException e, Token word, EObject parsing, MentorGrammarAccess grammar) {
		Set<Follower> kinds = of(grammar).getOrDefault(word.getText(), Set.of());
		String type = parsing == null ? null : parsing.eClass().getName();
		kinds = narrowed(kinds, k -> type != null && type.equals(k.type()));
		Token before = TokenNeighbours.previousWord(e, e.token.getType() == Token.EOF ? 2 : wordsBack(e, word) + 1);
		kinds = narrowed(kinds, k -> before != null && before.getText().equals(k.after()));
		// where the word may also end a clause, nothing is certainly missing
		return kinds.stream().anyMatch(k -> k.what() == null) ? Set.of() : kinds;
	}

	/** The kinds that pass, unless none does (then all: the parser gave too little to choose by). */
	private static Set<Follower> narrowed(Set<Follower> kinds, java.util.function.Predicate<Follower> test) {
		Set<Follower> passing = kinds.stream().filter(test).collect(Collectors.toSet());
		return passing.isEmpty() ? kinds : passing;
	}

	/** How many words before the error's token the word is (1: right before it). */
	private static int wordsBack(RecognitionException e, Token word) {
		for (int n = 1; n < 4; n++) {
			if (TokenNeighbours.previousWord(e, n) == word) {
				return n;
			}
		}
		return 1;
	}

	/**
	 * What is missing: of the kinds that may follow the word, the one the parser's expected token starts (a time, not
	 * "a number", after 'at' in a check-in), else the expected token, else the kinds.
	 */
	private static Follower follower(Set<Follower> kinds, String expected) {
		if (expected != null && !"EOF".equals(expected)) {
			Set<Follower> started = kinds.stream().filter(k -> expected.equals(k.firstToken())).collect(Collectors.toSet());
			boolean oneKind = started.stream().map(Follower::what).distinct().count() == 1;
			return oneKind ? follower(started, null) : new Follower(TokenNames.describe(expected), null, expected);
		}
		List<String> what = kinds.stream().map(Follower::what).distinct().toList();
		if (what.isEmpty()) {
			return null;
		}
		if (what.size() == 1) { // "a name" after 'goal' as a goal's name and as a reference: the name's example
			return kinds.stream().filter(k -> k.example() != null).findFirst().orElse(kinds.iterator().next());
		}
		return new Follower(what.size() == 2 ? what.get(0) + " or " + what.get(1) : "something", null, null);
	}

	static Map<String, Set<Follower>> of(MentorGrammarAccess grammar) {
		Map<String, Set<Follower>> found = followers;
		if (found == null) {
			Map<String, Set<Follower>> all = new HashMap<>();
			for (Keyword keyword : EcoreUtil2.eAllOfType(grammar.getGrammar(), Keyword.class)) {
				AbstractRule rule = GrammarUtil.containingRule(keyword);
				if (rule.getName().startsWith("Unreadable")) {
					continue; // error recovery takes any word there: not a clause of the language
				}
				Follower follower = followerOf(keyword); // null: the word may end its clause there (what null below)
				String type = rule.getType() == null ? null : rule.getType().getClassifier().getName();
				all.computeIfAbsent(keyword.getValue(), k -> new LinkedHashSet<>())
						.add((follower == null ? new Follower(null, null, null) : follower).at(type, keywordBefore(keyword)));
			}
			all.replaceAll((word, kinds) -> Set.copyOf(kinds));
			found = Collections.unmodifiableMap(all);
			followers = found; // the grammar is the same for every caller
		}
		return found;
	}

	/** The keyword right before this one in its sequence ('review' before 'on'), or null. */
	private static String keywordBefore(Keyword keyword) {
		EObject at = keyword.eContainer() instanceof Assignment assignment ? assignment : keyword;
		if (at.eContainer() instanceof Group group) {
			int index = group.getElements().indexOf(at);
			if (index > 0 && group.getElements().get(index - 1) instanceof Keyword before) {
				return before.getValue();
			}
		}
		return null;
	}

	/** What always follows this keyword in its sequence, or null when nothing may (the clause may end there). */
	private static Follower followerOf(Keyword keyword) {
		EObject at = keyword.eContainer() instanceof Assignment assignment ? assignment : keyword;
		if (!(at.eContainer() instanceof Group group)) {
			return null;
		}
		List<AbstractElement> elements = group.getElements();
		int index = elements.indexOf(at);
		if (index < 0 || index + 1 >= elements.size()) {
			return null;
		}
		AbstractElement next = elements.get(index + 1);
		if (GrammarUtil.isOptionalCardinality(next)) {
			return null;
		}
		AbstractElement terminal = next instanceof Assignment assignment ? assignment.getTerminal() : next;
		if (terminal instanceof Keyword word) {
			return new Follower("the word '" + word.getValue() + "'", word.getValue(), "'" + word.getValue() + "'");
		}
		boolean named = next instanceof Assignment assignment && "name".equals(assignment.getFeature());
		AbstractRule rule = terminal instanceof CrossReference reference && reference.getTerminal() instanceof RuleCall call
				? call.getRule() : terminal instanceof RuleCall call ? call.getRule() : null;
		return rule == null ? null : kind(rule.getName(), named);
	}

	private static Follower kind(String rule, boolean named) {
		switch (rule) {
		case "Date":
			return new Follower("a date", "2027-03-01", "RULE_INT");
		case "Time":
			return new Follower("a time", "10:00", "RULE_INT");
		case "Duration":
			return new Follower("a length", "60 minutes", "RULE_INT");
		case "INT":
		case "Decimal":
			return new Follower("a number", "3", "RULE_INT");
		case "STRING":
			return new Follower("a text in double quotes", "\"...\"", "RULE_STRING");
		case "ID":
		case "QualifiedName":
			return new Follower("a name", named ? "my-name" : null, "RULE_ID");
		default:
			return null;
		}
	}
}
