package org.mentorship.benchmarks;

import java.io.IOException;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.mentorship.dsl.parser.InPlaceReparse;

/**
 * What the language server does for a keystroke in an open document (TypingBuilder in org.mentorship.dsl.ide):
 * the document's resource is reparsed in place, the section read again is linked (SectionLinker) and the file is
 * checked with the fast checks (the others wait for a pause in typing). The keystroke is the one bench/lsp-bench.mjs types: an "x" typed into the title of
 * the goal in the middle of the file, then taken back. With -Dmentor.partialParsing=false the file is parsed in
 * full, as before the partial parser was used.
 */
final class Keystroke {

	private final XtextResource resource;
	private final IResourceValidator validator;
	private final String text;
	private final String typed;
	private boolean typedLast;

	Keystroke(XtextResource loaded, IResourceValidator validator) {
		this.resource = loaded;
		this.validator = validator;
		this.text = loaded.getParseResult().getRootNode().getText();
		int goal = middleGoal(text);
		int at = text.indexOf('"', goal) + 5;
		this.typed = text.substring(0, at) + "x" + text.substring(at);
	}

	/** Types the "x", or takes it back. */
	Void next() {
		typedLast = !typedLast;
		String next = typedLast ? typed : text;
		if (!InPlaceReparse.apply(resource, next, true)) {
			try {
				resource.reparse(next);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		validator.validate(resource, CheckMode.FAST_ONLY, CancelIndicator.NullImpl);
		return null;
	}

	private static int middleGoal(String text) {
		int count = 0;
		for (int at = text.indexOf("\ngoal "); at >= 0; at = text.indexOf("\ngoal ", at + 1)) {
			count++;
		}
		int at = text.indexOf("\ngoal ");
		for (int i = 0; i < count / 2; i++) {
			at = text.indexOf("\ngoal ", at + 1);
		}
		return at + 1;
	}
}
