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

	/** What may follow a keyword, for every keyword that is always followed by something (computed once). */
	private static volatile Map<String, Set<Follower>> followers;

	/**
	 * What is missing, in words, an example of it written after the word (or null), the token it starts with, and the
	 * type the rule makes ("QuietHours": 'to' is followed by a time there, by a date in an agreement's term).
	 */
	record Follower(String what, String example, String firstToken, String type) {
		Follower(String what, String example, String firstToken) {
			this(what, example, firstToken, null);
		}

		Follower in(String ruleType) {
			return new Follower(what, example, firstToken, ruleType);
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
		Follower follower = follower(kinds(previous, parsing, grammar), expected);
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
		Follower follower = follower(kinds(previous, parsing, grammar), expected);
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
	private static Set<Follower> kinds(Token word, EObject parsing, MentorGrammarAccess grammar) {
		Set<Follower> all = of(grammar).getOrDefault(word.getText(), Set.of());
		String type = parsing == null ? null : parsing.eClass().getName();
		Set<Follower> here = all.stream().filter(k -> k.type() != null && k.type().equals(type)).collect(Collectors.toSet());
		return here.isEmpty() ? all : here;
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
			Set<String> uncertain = new LinkedHashSet<>();
			for (Keyword keyword : EcoreUtil2.eAllOfType(grammar.getGrammar(), Keyword.class)) {
				if (GrammarUtil.containingRule(keyword).getName().startsWith("Unreadable")) {
					continue; // error recovery takes any word there: not a clause of the language
				}
				Follower follower = followerOf(keyword);
				if (follower == null) {
					uncertain.add(keyword.getValue());
				} else {
					AbstractRule rule = GrammarUtil.containingRule(keyword);
					String type = rule.getType() == null ? null : rule.getType().getClassifier().getName();
					all.computeIfAbsent(keyword.getValue(), k -> new LinkedHashSet<>()).add(follower.in(type));
				}
			}
			uncertain.forEach(all::remove);
			all.replaceAll((word, kinds) -> Set.copyOf(kinds));
			found = Collections.unmodifiableMap(all);
			followers = found; // the grammar is the same for every caller
		}
		return found;
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
