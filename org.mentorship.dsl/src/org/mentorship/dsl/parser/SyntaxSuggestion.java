package org.mentorship.dsl.parser;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.mentorship.dsl.validation.IssueData;

/**
 * What the quick fix of a syntax error writes: the replacement and the text it replaces, which
 * contains or touches the error's word (see quickfix/SyntaxFixes in org.mentorship.dsl.ide). And where
 * the mistake is when that is not the parser's word (see {@link IssueData.SyntaxCorrection}).
 */
final class SyntaxSuggestion {
	private String replacement;
	private String original;
	private int at = -1;
	private int length;

	void set(String replacement, String original) {
		this.replacement = replacement;
		this.original = original;
	}

	/** The mistake is the words from first to last, not the word the parser stopped at. */
	void placeAt(Token first, Token last) {
		if (first instanceof CommonToken from && last instanceof CommonToken to && from.getStartIndex() >= 0
				&& to.getStopIndex() >= from.getStartIndex()) {
			at = from.getStartIndex();
			length = to.getStopIndex() + 1 - at;
		}
	}

	String[] data() {
		if (replacement == null && at < 0) {
			return null;
		}
		return new IssueData.SyntaxCorrection(replacement == null ? "" : replacement, original == null ? "" : original, at,
				length).encode();
	}
}
