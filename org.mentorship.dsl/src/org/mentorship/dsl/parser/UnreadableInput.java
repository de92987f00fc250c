package org.mentorship.dsl.parser;

import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;

/**
 * Words where a section should start that the parser could not read (see the grammar's Unreadable
 * rule): reported by {@link RecoveringParser} on the first of them, explained by
 * {@link FriendlySyntaxErrors}.
 */
public class UnreadableInput extends RecognitionException {

	private static final long serialVersionUID = 1L;

	public UnreadableInput(Token token, IntStream input) {
		this.token = token;
		this.input = input;
		this.index = token.getTokenIndex();
		this.line = token.getLine();
		this.charPositionInLine = token.getCharPositionInLine();
	}
}
