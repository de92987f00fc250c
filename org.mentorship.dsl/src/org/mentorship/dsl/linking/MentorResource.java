package org.mentorship.dsl.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language's resource: while all its references are resolved in one pass (what validation, the
 * command line and the language server's build do), names that resolve to nothing are remembered, so an
 * unknown name written 1,800 times costs one scope look-up, not 1,800 (see MentorLinkingService).
 */
public class MentorResource extends LazyLinkingResource {

	private Map<List<Object>, List<EObject>> unresolved;

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		boolean outermost = unresolved == null;
		if (outermost) {
			unresolved = new HashMap<>();
		}
		try {
			super.resolveLazyCrossReferences(monitor);
		} finally {
			if (outermost) {
				unresolved = null; // other files may change before the next pass: remember nothing between passes
			}
		}
	}

	/** The names found unresolved in the pass under way, or null outside a pass. */
	Map<List<Object>, List<EObject>> unresolvedInThisPass() {
		return unresolved;
	}
}
