package org.mentorship.dsl.parser;

import org.mentorship.dsl.validation.IssueData;

/**
 * What the quick fix of a syntax error writes: the replacement and the text it replaces, which
 * contains or touches the error's word (see quickfix/SyntaxFixes in org.mentorship.dsl.ide).
 */
final class SyntaxSuggestion {
	private String replacement;
	private String original;

	void set(String replacement, String original) {
		this.replacement = replacement;
		this.original = original;
	}

	String[] data() {
		return replacement == null ? null : new IssueData.SyntaxCorrection(replacement, original).encode();
	}
}
