package org.mentorship.dsl.ide.occurrences;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.occurrences.DefaultDocumentHighlightService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Mark occurrences (textDocument/documentHighlight) for names only: Xtext's service, asked with the caret on a section
 * keyword such as {@code cadence}, highlights that keyword as if it were a declaration (a section has no name, so its
 * keyword is its "significant" region). Here only what has a name (a party, goal, milestone, default, the agreement)
 * is highlighted: its declaration and its references; a reference at the caret still finds its target.
 */
public class MentorDocumentHighlightService extends DefaultDocumentHighlightService {

	@Inject
	private IQualifiedNameProvider names;

	@Override
	protected Predicate<EObject> getSelectedElementFilter() {
		return element -> element.eContainer() != null && names.getFullyQualifiedName(element) != null;
	}
}
