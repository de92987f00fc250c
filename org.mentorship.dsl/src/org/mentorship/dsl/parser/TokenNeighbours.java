package org.mentorship.dsl.parser;

import java.util.Optional;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;

/** The tokens around a syntax error's token: the words before it and the text it is glued to. */
final class TokenNeighbours {

	private TokenNeighbours() {
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
		if (!(e.input instanceof TokenStream tokens) || e.token == null) {
			return null;
		}
		// the end of the file is one shared token without an index: the words before it are the stream's last
		int at = e.token.getType() == Token.EOF ? tokens.size() : e.token.getTokenIndex();
		if (at < 0) {
			return null;
		}
		int seen = 0;
		for (int i = Math.min(at, tokens.size()) - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF && ++seen == n) {
				return t;
			}
		}
		return null;
	}

	/** Up to n words after the given token on its line (comments and blanks skipped). */
	static java.util.List<Token> nextWordsOnLine(RecognitionException e, Token token, int n) {
		java.util.List<Token> words = new java.util.ArrayList<>();
		if (!(e.input instanceof TokenStream tokens) || token == null || token.getTokenIndex() < 0) {
			return words;
		}
		for (int i = token.getTokenIndex() + 1; i < tokens.size() && words.size() < n; i++) {
			Token t = tokens.get(i);
			if (t.getType() == Token.EOF || t.getLine() != token.getLine()) {
				break;
			}
			if (t.getChannel() == Token.DEFAULT_CHANNEL) {
				words.add(t);
			}
		}
		return words;
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
}
