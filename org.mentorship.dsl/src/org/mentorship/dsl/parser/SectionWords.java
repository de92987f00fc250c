package org.mentorship.dsl.parser;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.mentorship.dsl.services.MentorGrammarAccess;

/**
 * The words that start a section of an agreement or a programme's line ("cadence", "check-in", "decided",
 * a party's role, "severity"), read from the grammar: the first keyword of each alternative of Section and
 * ProgrammeDefault, or the literals of the enumeration it starts with. Recovery ends unreadable words there;
 * syntax errors suggest them.
 */
public final class SectionWords {

	private static volatile Set<String> words;

	private SectionWords() {
	}

	public static Set<String> of(MentorGrammarAccess grammar) {
		Set<String> found = words;
		if (found == null) {
			Set<String> all = new LinkedHashSet<>();
			for (ParserRule choice : new ParserRule[] { grammar.getSectionRule(), grammar.getProgrammeDefaultRule() }) {
				for (RuleCall call : EcoreUtil2.eAllOfType(choice.getAlternatives(), RuleCall.class)) {
					if (call.getRule() instanceof ParserRule rule) {
						all.addAll(leadingWords(rule.getAlternatives()));
					}
				}
			}
			found = Collections.unmodifiableSet(all);
			words = found; // the grammar is the same for every caller: computed once
		}
		return found;
	}

	/** The keyword an element starts with, or the literals of the enumeration it starts with; else none. */
	private static Set<String> leadingWords(AbstractElement element) {
		AbstractElement first = element;
		if (first instanceof Group group) {
			first = group.getElements().stream().filter(e -> !(e instanceof Action)).findFirst().orElse(null);
		}
		if (first instanceof Assignment assignment) {
			first = assignment.getTerminal();
		}
		Set<String> leading = new LinkedHashSet<>();
		if (first instanceof Keyword keyword) {
			leading.add(keyword.getValue());
		} else if (first instanceof RuleCall call && call.getRule() instanceof EnumRule rule) {
			EcoreUtil2.eAllOfType(rule, Keyword.class).forEach(k -> leading.add(k.getValue()));
		}
		return leading;
	}
}
