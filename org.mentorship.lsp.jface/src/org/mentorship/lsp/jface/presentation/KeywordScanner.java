package org.mentorship.lsp.jface.presentation;

import java.util.Collection;

import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

/**
 * The colours of the first paint, before the server's semantic tokens arrive: the language's keywords (given by
 * the language, taken from its grammar), text in double quotes and comments in the C style.
 */
final class KeywordScanner extends RuleBasedScanner {

	KeywordScanner(Collection<String> keywords) {
		IToken keyword = new Token(TokenStyles.KEYWORD);
		IToken string = new Token(TokenStyles.STRING);
		IToken comment = new Token(TokenStyles.COMMENT);
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c);
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '-' || c == '_';
			}
		}, Token.UNDEFINED);
		for (String word : keywords) {
			words.addWord(word, keyword);
		}
		setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new MultiLineRule("\"", "\"", string, '\\', true), words });
	}
}
