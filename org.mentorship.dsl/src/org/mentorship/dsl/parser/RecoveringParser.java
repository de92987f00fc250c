package org.mentorship.dsl.parser;

import java.util.Set;

import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.mentorship.dsl.parser.antlr.MentorParser;
import org.mentorship.dsl.parser.antlr.internal.InternalMentorParser;
import org.mentorship.dsl.services.MentorGrammarAccess;

/**
 * The parser, with recovery that reads the rest of the file (issue 12, "one mistake, one message").
 *
 * After a syntax error ANTLR skips to a word that may follow the rule it was in. The grammar makes
 * that the next section: the header is a rule of its own, and words where a section should start that
 * are no section keyword are kept as an {@code Unreadable} section up to the next section keyword.
 * This parser reports one syntax error on the first word of such a run, unless it follows a mistake
 * already reported since the last section keyword (then it is that mistake's consequence).
 */
public class RecoveringParser extends MentorParser {

	/** The words that start a section of an agreement, or a programme's line. */
	public static final Set<String> SECTION_KEYWORDS = Set.of("purpose", "mentor", "mentee", "co-mentor", "sponsor",
			"stakeholder", "contact", "roles", "goal", "modes", "cadence", "boundaries", "check-in", "retrospective",
			"ethics", "resources", "risk", "escalation", "decided", "changed", "career", "kickoff", "sign-off", "review",
			"confidential", "severity");

	@Override
	protected InternalMentorParser createParser(XtextTokenStream stream) {
		return new Internal(stream, getGrammarAccess());
	}

	static final class Internal extends InternalMentorParser {

		private final AbstractRule unreadableStart;
		private int lastError = -1;
		private int lastSectionStart = -1;

		Internal(TokenStream input, MentorGrammarAccess grammar) {
			super(input, grammar);
			unreadableStart = grammar.getUnreadableStartRule();
		}

		@Override
		public void reportError(RecognitionException e) {
			note(e);
			super.reportError(e);
		}

		@Override
		public void recover(IntStream stream, RecognitionException e) {
			note(e);
			super.recover(stream, e);
		}

		private void note(RecognitionException e) {
			int at = e.token != null && e.token.getTokenIndex() >= 0 ? e.token.getTokenIndex() : input.index();
			lastError = Math.max(lastError, at);
		}

		@Override
		protected void newLeafNode(Token token, EObject grammarElement) {
			if (token != null && grammarElement != null) {
				AbstractRule rule = GrammarUtil.containingRule(grammarElement);
				if (rule == unreadableStart) {
					if (lastError <= lastSectionStart) {
						super.reportError(new UnreadableInput(token, input));
						lastError = token.getTokenIndex();
						super.newLeafNode(token, grammarElement);
						state.errorRecovery = false;
						return;
					}
				} else if (startsSection(grammarElement)) {
					lastSectionStart = token.getTokenIndex();
				}
			}
			super.newLeafNode(token, grammarElement);
		}

		private static boolean startsSection(EObject grammarElement) {
			String word = grammarElement instanceof Keyword k ? k.getValue()
					: grammarElement instanceof EnumLiteralDeclaration l ? l.getLiteral().getValue() : null;
			return word != null && SECTION_KEYWORDS.contains(word);
		}
	}
}
