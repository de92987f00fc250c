package org.mentorship.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.parser.InPlaceReparse;

import com.google.inject.Inject;

/**
 * Xtext's builder, with two differences for a build that follows a keystroke in an open document: the document's
 * resource is brought to the new text by the partial parser ({@link InPlaceReparse}) instead of being unloaded and
 * parsed in full, and it is checked with the fast checks only, publishing what {@link PausedChecks} says the editor
 * should show. Every other build (open, save, a change on disk, another file's change) loads afresh and checks
 * everything, as Xtext's does with {@code CheckMode.ALL}.
 */
public class TypingBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Inject
	private PausedChecks pausedChecks;

	/** Kept and reparsed in place after a keystroke, when the partial parser can; else unloaded, to be loaded afresh. */
	@Override
	protected void unloadResource(URI uri) {
		String typed = pausedChecks.typedText(uri);
		Resource resource = typed == null ? null : getRequest().getResourceSet().getResource(uri, false);
		if (resource instanceof XtextResource xtext && InPlaceReparse.apply(xtext, typed)) {
			return;
		}
		super.unloadResource(uri);
	}

	@Override
	protected boolean validate(Resource resource) {
		if (!(resource instanceof XtextResource xtext)) {
			return super.validate(resource);
		}
		IResourceValidator validator = xtext.getResourceServiceProvider().getResourceValidator();
		if (validator == null) {
			return true;
		}
		URI uri = resource.getURI();
		CheckMode mode = pausedChecks.modeFor(uri);
		List<Issue> issues = validator.validate(resource, mode, getRequest().getCancelIndicator());
		String text = xtext.getParseResult() == null ? null : xtext.getParseResult().getRootNode().getText();
		return getRequest().getAfterValidate().afterValidate(uri, pausedChecks.toPublish(uri, text, mode, issues));
	}
}
