package org.mentorship.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
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

	/** At most this many stray words are read past in one file; after that the reading ends at the next one. */
	private static final int MAX_STRAY_WORDS = 20;

	/** The parse of a whole file on this thread: the stray words found so far, and the parser of the last pass. */
	private static final ThreadLocal<Pass> PASS = new ThreadLocal<>();

	private static final class Pass {
		final Set<Integer> strayWords = new HashSet<>();
		Internal parser;
	}

	/**
	 * A word of the language that only continues a clause ("and", "for", "minutes"), stray after a whole clause
	 * ("for 1 hour and 30 minutes"), cannot start a section, and the grammar cannot let it start unreadable words:
	 * the parser, looking ahead, would then also take a clause with a mistake after such a word ("at 10am") for
	 * unreadable words. So the parser stopped there and the rest of the file was not read. Instead, the file is read
	 * again with that word taken as an unknown character, which starts unreadable words up to the next section: one
	 * syntax error on the word (its message is the same), and every later section read.
	 */
	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		if (!getDefaultRuleName().equals(ruleName) || PASS.get() != null || !(in instanceof ANTLRStringStream text)) {
			return super.doParse(ruleName, in, builder, initialLookAhead);
		}
		Pass pass = new Pass();
		PASS.set(pass);
		try {
			IParseResult result = super.doParse(ruleName, in, builder, initialLookAhead);
			while (pass.parser != null && pass.parser.stoppedAt >= 0 && pass.strayWords.size() < MAX_STRAY_WORDS
					&& pass.strayWords.add(pass.parser.stoppedAt)) {
				text.reset();
				pass.parser = null;
				result = super.doParse(ruleName, in, createNodeModelBuilder(), initialLookAhead);
			}
			return result;
		} finally {
			PASS.remove();
		}
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		TokenSource lexer = super.createLexer(stream);
		Pass pass = PASS.get();
		return pass == null || pass.strayWords.isEmpty() ? lexer : new StrayWords(lexer, pass.strayWords);
	}

	@Override
	protected InternalMentorParser createParser(XtextTokenStream stream) {
		Internal parser = new Internal(stream, getGrammarAccess());
		Pass pass = PASS.get();
		if (pass != null) {
			pass.parser = parser;
		}
		return parser;
	}

	/** The lexer's tokens, with the stray words (by offset) turned into unknown characters. */
	private record StrayWords(TokenSource lexer, Set<Integer> offsets) implements TokenSource {
		@Override
		public Token nextToken() {
			Token token = lexer.nextToken();
			// never the end: Xtext's lexer returns one shared end-of-file token, whose offset is 0
			if (token.getType() != Token.EOF && token instanceof CommonToken t && offsets.contains(t.getStartIndex())) {
				t.setType(InternalMentorParser.RULE_ANY_OTHER);
			}
			return token;
		}

		@Override
		public String getSourceName() {
			return lexer.getSourceName();
		}
	}

	static final class Internal extends InternalMentorParser {

		private final AbstractRule unreadableStart;
		private final AbstractRule unreadableWord;
		private int deferredTo = -1;
		private int lastError = -1;
		private int lastSectionStart = -1;
		private int lastReportedLine = -1;
		/** The offset of the word where the parser stopped reading the file (expecting its end), or -1. */
		int stoppedAt = -1;

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
			if (line > 0 && (line == lastReportedLine || continuesReportedClause(e))) {
				return null;
			}
			SyntaxErrorMessage message = super.getSyntaxErrorMessage(e, tokenNames);
			if (message != null) {
				lastReportedLine = line;
			}
			return message;
		}

		/**
		 * The next section's word where the parser still wanted the rest of the clause reported just before it
		 * ("quiet hours after 20:00", then "ethics" on the next line: 'to' is still missing there): the same mistake.
		 */
		private boolean continuesReportedClause(RecognitionException e) {
			Token previous = TokenNeighbours.previousWord(e, 1);
			return lastReportedLine > 0 && previous != null && previous.getLine() == lastReportedLine
					&& previous.getLine() < e.token.getLine() && SectionWords.of(getGrammarAccess()).contains(e.token.getText());
		}

		@Override
		public void recover(IntStream stream, RecognitionException e) {
			note(e);
			super.recover(stream, e);
		}

		private void note(RecognitionException e) {
			if (e instanceof MismatchedTokenException m && m.expecting == Token.EOF && m.token instanceof CommonToken t
					&& t.getType() != Token.EOF && stoppedAt < 0) {
				stoppedAt = t.getStartIndex();
			}
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
