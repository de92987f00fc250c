package org.mentorship.dsl.index;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.mentorship.dsl.mentor.MentorPackage;

/**
 * Which files an incremental build (the language server, Eclipse) checks again after others changed: Xtext's
 * answer (files that refer to a changed name), and also every file whose agreement or programme id a changed
 * file declares or declared, so that both files of a duplicate id get the error, and both lose it when one is
 * renamed or deleted (see DocumentIdValidator).
 */
public class SharedIdsAffect extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return super.isAffected(deltas, candidate, context) || sharesAnId(deltas, candidate);
	}

	private static boolean sharesAnId(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate) {
		Set<QualifiedName> ids = ids(candidate);
		if (ids.isEmpty()) {
			return false;
		}
		for (IResourceDescription.Delta delta : deltas) {
			if (delta.getUri().equals(candidate.getURI()) || !delta.haveEObjectDescriptionsChanged()) {
				continue; // a file whose names did not change declares the same ids as before (a keystroke in a text)
			}
			if (!java.util.Collections.disjoint(ids, ids(delta.getOld())) || !java.util.Collections.disjoint(ids, ids(delta.getNew()))) {
				return true;
			}
		}
		return false;
	}

	private static Set<QualifiedName> ids(IResourceDescription description) {
		Set<QualifiedName> ids = new HashSet<>();
		if (description != null) {
			for (IEObjectDescription document : description.getExportedObjectsByType(MentorPackage.Literals.DOCUMENT)) {
				ids.add(document.getName());
			}
		}
		return ids;
	}
}
