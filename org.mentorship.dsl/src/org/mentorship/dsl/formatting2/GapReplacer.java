package org.mentorship.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Renders a {@link Gap} into one hidden region: the whitespace around the comments is replaced, the
 * comments themselves are never changed.
 * <p>
 * A comment is <em>trailing</em> when it starts on the line of what precedes it (it gets one space before
 * it) and <em>own-line</em> otherwise (it gets a line of its own, indented like the token that follows the
 * gap). The line breaks the gap asks for go before the first own-line comment, so a comment stays with
 * what follows it. A {@code //} comment ends its line, so the token after it always starts a new line; when
 * the gap wanted the token on the same line, it is indented one level more (a continuation line).
 */
final class GapReplacer implements ITextReplacer {

	private final IHiddenRegion region;
	private final Gap gap;
	private final String lineSeparator;

	GapReplacer(IHiddenRegion region, Gap gap, String lineSeparator) {
		this.region = region;
		this.gap = gap;
		this.lineSeparator = lineSeparator;
	}

	@Override
	public ITextSegment getRegion() {
		return region;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		// whitespace, comment, whitespace, ..., whitespace (a whitespace may be empty)
		List<ITextSegment> parts = region.getAlternatingMergedSpaceAndComments();
		int comments = parts.size() / 2;
		boolean separated = false; // the line breaks the gap asks for are written
		boolean lineEnded = false; // the previous comment ended its line (a // comment)
		for (int i = 0; i <= comments; i++) {
			ITextSegment whitespace = parts.get(2 * i);
			int breaks = region.isUndefined() ? -1 : countLineBreaks(whitespace.getText()) + (lineEnded ? 1 : 0);
			String text;
			if (i < comments) {
				boolean ownLine = lineEnded || breaks > 0 || (gap.kind() == Gap.Kind.START && i == 0);
				if (!ownLine) {
					text = " ";
				} else if (gap.kind() == Gap.Kind.START && i == 0) {
					text = ""; // the file starts with a comment
					separated = true;
				} else {
					text = lineBreak(breaks, separated, lineEnded);
					separated = true;
				}
				ITextSegment comment = parts.get(2 * i + 1);
				lineEnded = comment.getText().endsWith("\n");
			} else {
				text = switch (gap.kind()) {
				case SPACE, NONE -> lineEnded ? indentation(gap.level() + 1) : gap.kind() == Gap.Kind.SPACE ? " " : "";
				case LINES -> lineBreak(breaks, separated, lineEnded);
				case START -> comments == 0 ? "" : lineBreak(breaks, separated, lineEnded);
				case END -> lineEnded ? "" : lineSeparator;
				};
			}
			context.addReplacement(whitespace.replaceWith(text));
		}
		return context;
	}

	/**
	 * Line breaks and indentation before a comment or token that starts a line. {@code breaks} counts those
	 * that are there (-1: unknown), including the one that ends a preceding // comment.
	 */
	private String lineBreak(int breaks, boolean separated, boolean lineEnded) {
		int min;
		int max;
		if (!separated && gap.kind() == Gap.Kind.LINES) {
			min = gap.min();
			max = gap.max();
		} else {
			min = 1;
			max = gap.allowsBlankLines() ? 2 : 1;
		}
		int wanted = breaks < 0 ? min : Math.max(min, Math.min(max, breaks));
		int written = Math.max(wanted - (lineEnded ? 1 : 0), 0);
		int level = gap.startsLine() ? gap.level() : gap.level() + 1;
		return lineSeparator.repeat(written) + indentation(level);
	}

	private static String indentation(int level) {
		return Layout.INDENT.repeat(level);
	}

	private static int countLineBreaks(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	@Override
	public String toString() {
		return "GapReplacer " + gap;
	}
}
