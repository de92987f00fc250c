package org.mentorship.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Removes the spaces inside a date, time, decimal or (qualified) name: {@code 2027 - 01 - 11} becomes
 * {@code 2027-01-11}. The parser sees such a value as one token with whitespace inside, so the gaps of the
 * formatter do not reach it. A value with a comment inside is left as it is.
 */
final class CompactTokenReplacer implements ITextReplacer {

	/** A blank between a word and a number: a date with the month in words ("15 April 2027") keeps its blanks. */
	private static final java.util.regex.Pattern WORDS_AND_NUMBERS = java.util.regex.Pattern.compile("\\p{L}\\s+\\d|\\d\\s+\\p{L}");

	private final ISemanticRegion token;

	CompactTokenReplacer(ISemanticRegion token) {
		this.token = token;
	}

	static boolean applies(ISemanticRegion token) {
		String text = token.getText();
		return MentorFormatter.isCompactToken(token) && !text.contains("//") && !text.contains("/*")
				&& text.chars().anyMatch(Character::isWhitespace) && !WORDS_AND_NUMBERS.matcher(text).find();
	}

	@Override
	public ITextSegment getRegion() {
		return token;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		ITextRegionAccess access = token.getTextRegionAccess();
		String text = token.getText();
		int i = 0;
		while (i < text.length()) {
			if (Character.isWhitespace(text.charAt(i))) {
				int start = i;
				while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				context.addReplacement(access.regionForOffset(token.getOffset() + start, i - start).replaceWith(""));
			} else {
				i++;
			}
		}
		return context;
	}

	@Override
	public String toString() {
		return "CompactTokenReplacer " + token.getText();
	}
}
