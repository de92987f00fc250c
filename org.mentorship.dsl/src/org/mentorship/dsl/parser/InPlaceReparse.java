package org.mentorship.dsl.parser;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.values.TextDifference;
import org.mentorship.dsl.validation.InternalErrors;

/**
 * Brings a loaded resource to the next version of its text with Xtext's partial parser
 * ({@link XtextResource#update}): only the smallest section around the change is parsed again, the rest of the
 * node model and model is kept, and the file is linked again: only that section when asked to keep the links and
 * the section declares the same names as before ({@link MentorResource#updateKeepingLinks}). The language server
 * does this for a keystroke in an open document instead of parsing the whole file (TypingBuilder in
 * org.mentorship.dsl.ide).
 * <p>
 * Only between texts without syntax errors: a text with a mistake is parsed in full, so that its syntax
 * errors are worded exactly as {@code mentor validate} words them ("one mistake, one message", whose
 * recovery looks at the whole file). {@code InPlaceReparseTest} compares the result with a full parse over
 * thousands of random edits. {@code -Dmentor.partialParsing=false} turns it off (to measure it).
 */
public final class InPlaceReparse {

	private static final boolean ENABLED = !"false".equals(System.getProperty("mentor.partialParsing"));

	private InPlaceReparse() {
	}

	/**
	 * Whether the resource now holds {@code text}, reparsed in place. False when it was not tried (off, not
	 * loaded, a syntax error before) and when the result has a syntax error: then the resource must be loaded
	 * afresh.
	 */
	public static boolean apply(XtextResource resource, String text) {
		return apply(resource, text, false);
	}

	/**
	 * As {@link #apply(XtextResource, String)}; with {@code keepLinks}, the links outside the section read again
	 * are kept when they cannot have changed. Only for a change of this file alone: a change of another file in
	 * the same build can change what this file's references resolve to.
	 */
	public static boolean apply(XtextResource resource, String text, boolean keepLinks) {
		IParseResult before = resource.isLoaded() ? resource.getParseResult() : null;
		if (!ENABLED || before == null || before.getRootNode() == null || before.hasSyntaxErrors()) {
			return false;
		}
		TextDifference change = TextDifference.between(before.getRootNode().getText(), text);
		try {
			String inserted = text.substring(change.start(), change.newEnd());
			if (keepLinks && change.removed() + inserted.length() > 0 && resource instanceof MentorResource mentor) {
				mentor.updateKeepingLinks(change.start(), change.removed(), inserted);
			} else {
				resource.update(change.start(), change.removed(), inserted);
			}
			resource.getCache().clear(resource); // what was computed from the old text (names, quoted texts) goes
		} catch (RuntimeException | StackOverflowError e) {
			if (InternalErrors.mustPropagate(e)) {
				throw e;
			}
			return false; // the full parse that follows reports what is wrong, if anything
		}
		IParseResult after = resource.getParseResult();
		return after != null && !after.hasSyntaxErrors() && text.equals(after.getRootNode().getText());
	}
}
