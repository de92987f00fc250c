package org.mentorship.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.parser.InPlaceReparse;

import com.google.inject.Inject;

/**
 * Xtext's builder, with two differences for a build that follows a keystroke in an open document: the document's
 * resource is brought to the new text by the partial parser ({@link InPlaceReparse}) instead of being unloaded and
 * parsed in full, and it is checked with the fast checks only, publishing what {@link PausedChecks} says the editor
 * should show. When the keystroke declared no name, only the edited section is linked again and the document's
 * index entry keeps its exported names ({@link KeptNamesIndexer}, {@link KeptIndexEntry}). Every other build (open, save, a change on disk, another file's change) loads afresh and checks
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
		// the links outside the edited section are kept only when this document is all the build changes
		boolean alone = getRequest().getDirtyFiles().size() == 1 && getRequest().getDeletedFiles().isEmpty()
				&& getRequest().getExternalDeltas().isEmpty();
		if (resource instanceof XtextResource xtext && InPlaceReparse.apply(xtext, typed, alone)) {
			return;
		}
		super.unloadResource(uri);
	}

	/** After a keystroke that declared no name, the entry keeps the exported names it had (KeptNamesIndexer). */
	@Override
	protected IResourceDescription getSerializableResourceDescription(IResourceDescription description) {
		URI uri = description.getURI();
		IResourceDescription before = getContext().getOldState().getResourceDescriptions().getResourceDescription(uri);
		if (before != null && getRequest().getResourceSet().getResource(uri, false) instanceof MentorResource mentor
				&& mentor.linkedSectionOnly()) {
			return new KeptIndexEntry(before, description);
		}
		return super.getSerializableResourceDescription(description);
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
