package org.mentorship.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildContext;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.mentorship.dsl.MentorResource;

/**
 * Xtext's indexer, which does not compute the exported names of a document again after a keystroke that declared
 * no name (its model was linked by section, see SectionLinker in org.mentorship.dsl): its entry stays as it was,
 * and the change says "no names changed", so no other file is checked again because of it. TypingBuilder then
 * puts a {@link KeptIndexEntry} in its place.
 */
public class KeptNamesIndexer extends Indexer {

	@Override
	protected IResourceDescription.Delta addToIndex(Resource resource, boolean isPreIndexing,
			ResourceDescriptionsData oldIndex, BuildContext context) {
		IResourceDescription before = oldIndex == null ? null : oldIndex.getResourceDescription(resource.getURI());
		if (before != null && resource instanceof MentorResource mentor && mentor.linkedSectionOnly()) {
			return context.getResourceServiceProvider(resource.getURI()).getResourceDescriptionManager()
					.createDelta(before, new KeptIndexEntry(before, null));
		}
		return super.addToIndex(resource, isPreIndexing, oldIndex, context);
	}
}
