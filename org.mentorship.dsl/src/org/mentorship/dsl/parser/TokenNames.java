package org.mentorship.dsl.parser;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;

/** ANTLR's token names ("RULE_STRING") in plain words ("a text in double quotes"). */
final class TokenNames {

	private TokenNames() {
	}

	static String expectedTokenName(RecognitionException e, String[] tokenNames) {
		if (e instanceof MismatchedTokenException) {
			int expecting = ((MismatchedTokenException) e).expecting;
			if (expecting == Token.EOF) {
				return "EOF";
			}
			if (tokenNames != null && expecting > 0 && expecting < tokenNames.length) {
				return tokenNames[expecting];
			}
		}
		return null;
	}

	static String describe(String tokenName) {
		if (tokenName == null) {
			return "something";
		}
		switch (tokenName) {
		case "RULE_STRING":
			return "a text in double quotes";
		case "RULE_ID":
			return "a name";
		case "RULE_INT":
			return "a number";
		case "EOF":
			return "the end of the file";
		default:
			return tokenName.startsWith("'") ? "the word " + tokenName : tokenName;
		}
	}

	/** Fallback: ANTLR's own words, with token names replaced by plain ones. */
	static String plain(String message) {
		return message.replace("RULE_STRING", "a text in double quotes").replace("RULE_ID", "a name")
				.replace("RULE_INT", "a number").replace("<EOF>", "the end of the file");
	}

	static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
