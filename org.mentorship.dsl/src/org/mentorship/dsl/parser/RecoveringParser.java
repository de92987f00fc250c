package org.mentorship.dsl.parser;

import java.util.ArrayList;
import java.util.List;
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
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.mentorship.dsl.parser.antlr.MentorParser;
import org.mentorship.dsl.parser.antlr.internal.InternalMentorParser;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.values.Spelling;

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

	/** The second word of the clauses that start with a name. */
	static final Set<String> CLAUSE_SECOND_WORDS = Set.of("signed", "starts", "documents", "owns", "offers", "commits",
			"brings", "prepares", "provides");

	@Override
	protected InternalMentorParser createParser(XtextTokenStream stream) {
		return new Internal(stream, getGrammarAccess());
	}

	static final class Internal extends InternalMentorParser {

		private final AbstractRule unreadableStart;
		private final AbstractRule unreadableWord;
		private int deferredTo = -1;
		private int lastError = -1;
		private int lastSectionStart = -1;
		private int lastReportedLine = -1;

		Internal(TokenStream input, MentorGrammarAccess grammar) {
			super(input, grammar);
			unreadableStart = grammar.getUnreadableStartRule();
			unreadableWord = grammar.getUnreadableWordRule();
		}

		@Override
		public void reportError(RecognitionException e) {
			note(e);
			super.reportError(e);
		}

		/**
		 * A second syntax error on the line of one already reported is its consequence ("at 9.30am", "on the 1st
		 * Monday" confuse the rest of their line): it gets no message, as if the parser were still recovering from
		 * the first. The first says what is wrong; fixing it makes the rest of the line readable. (Both reportError
		 * and recover ask for the message here.)
		 */
		@Override
		public SyntaxErrorMessage getSyntaxErrorMessage(RecognitionException e, String[] tokenNames) {
			int line = e.token != null && e.token.getType() != Token.EOF ? e.token.getLine() : -1;
			if (line > 0 && line == lastReportedLine) {
				return null;
			}
			SyntaxErrorMessage message = super.getSyntaxErrorMessage(e, tokenNames);
			if (message != null) {
				lastReportedLine = line;
			}
			return message;
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
						int at = suspect(token);
						if (at == token.getTokenIndex()) {
							report(token, grammarElement);
							return;
						}
						deferredTo = at;
						lastError = at;
					}
				} else if (rule == unreadableWord && token.getTokenIndex() == deferredTo) {
					deferredTo = -1;
					report(token, grammarElement);
					return;
				} else if (startsSection(grammarElement)) {
					lastSectionStart = token.getTokenIndex();
				}
			}
			super.newLeafNode(token, grammarElement);
		}

		private void report(Token token, EObject grammarElement) {
			super.reportError(new UnreadableInput(token, input));
			lastError = Math.max(lastError, token.getTokenIndex());
			super.newLeafNode(token, grammarElement);
			state.errorRecovery = false;
		}

		/**
		 * Where the mistake most likely is in unreadable words that start with a name. A clause that starts
		 * with a name ("arjun offers 4 hrs per month", "lee sigend on ...") with a mistake in it is not
		 * taken for that clause, so its words are unreadable from the name on: the mistake is the first
		 * other word of that line that is no word of the language ("hrs", "sigend"). Otherwise the token.
		 */
		private int suspect(Token token) {
			if (token.getType() != RULE_ID) {
				return token.getTokenIndex();
			}
			List<Token> line = new ArrayList<>();
			for (int i = token.getTokenIndex() + 1; i < input.size(); i++) {
				Token next = input.get(i);
				if (next.getType() == Token.EOF || next.getLine() != token.getLine()) {
					break;
				}
				if (next.getChannel() == Token.DEFAULT_CHANNEL) {
					line.add(next);
				}
			}
			if (line.isEmpty() || !(CLAUSE_SECOND_WORDS.contains(line.get(0).getText())
					|| line.get(0).getType() == RULE_ID && Spelling.closest(line.get(0).getText(), CLAUSE_SECOND_WORDS).isPresent())) {
				return token.getTokenIndex();
			}
			for (Token next : line) {
				if (SectionWords.of(getGrammarAccess()).contains(next.getText())) {
					break; // the unreadable words end there: the error must be on one of them
				}
				if (next.getType() == RULE_ID) {
					return next.getTokenIndex();
				}
			}
			return token.getTokenIndex();
		}

		private boolean startsSection(EObject grammarElement) {
			String word = grammarElement instanceof Keyword k ? k.getValue()
					: grammarElement instanceof EnumLiteralDeclaration l ? l.getLiteral().getValue() : null;
			return word != null && SectionWords.of(getGrammarAccess()).contains(word);
		}
	}
}
