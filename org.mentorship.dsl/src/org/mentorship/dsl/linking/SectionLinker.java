package org.mentorship.dsl.linking;

import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.FileCache;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.model.SectionLines;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;

/**
 * Xtext's lazy linker, which after an in-place update ({@link MentorResource#updateKeepingLinks}) links only the
 * section the partial parser read again. Xtext's clears every reference of the file and makes each a proxy again,
 * so that the next validation looks every name up again: at 10,000 lines a third of a keystroke's work.
 * <p>
 * Here a reference outside the section keeps what it resolved to, unless that was an object the update replaced
 * (then it is linked again, to the new one) or it never resolved (linked again, so that its error is reported
 * again). When the section declares a name that it did not declare before, or no longer declares one, or moves
 * one, any reference may now resolve elsewhere: then the whole file is linked, as Xtext does.
 * {@code InPlaceReparseTest} compares the links with a fresh parse after random keystrokes, names included.
 * {@code -Dmentor.sectionLinking=false} links the whole file every time (to measure it).
 */
public class SectionLinker extends LazyLinker {

	private static final boolean ENABLED = !"false".equals(System.getProperty("mentor.sectionLinking"));

	@Override
	public void linkModel(EObject model, IDiagnosticConsumer consumer) {
		MentorResource resource = model.eResource() instanceof MentorResource r ? r : null;
		Set<EObject> before = resource == null ? null : resource.objectsBeforeUpdate();
		if (before != null && ENABLED) {
			SectionChange change = SectionChange.of(model, before);
			if (change.declarationsKept()) {
				linkSection(resource, change, consumer);
				resource.linkedSection(change.toLink);
				return;
			}
		}
		if (resource != null) {
			resource.linkedSection(null);
		}
		super.linkModel(model, consumer);
	}

	/**
	 * Xtext clears every reference of the file before it links it again, which a model that a whole parse has just
	 * made does not need: the parser sets no reference. Clearing one that is not set still changed it to null and
	 * notified every adapter of the object (a tenth of the linker's walk over a 10,000-line file).
	 */
	@Override
	protected boolean isClearAllReferencesRequired(Resource resource) {
		return !(resource instanceof MentorResource mentor && mentor.linkingFreshModel());
	}

	/**
	 * Xtext's walk that installs the proxies; for a file whose cache has no adapter yet (loaded for the first time)
	 * it also puts the cache's adapter on each object it reaches ({@link FileCache}), which Xtext's cache would do in
	 * a walk of its own first, and counts the lines each section prints on ({@link SectionLines}), which printed
	 * length's rule would count in a walk of its own later.
	 */
	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		Resource resource = model.eResource();
		FileCache.ContentsAdapter adapter = resource != null && getCache() instanceof FileCache files
				? files.adapterToSpread(resource)
				: null;
		if (adapter == null) {
			super.doLinkModel(model, consumer);
			return;
		}
		Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
		IDiagnosticProducer producer = createDiagnosticProducer(consumer, resource);
		SectionLines.Counter lines = SectionLines.counter(model);
		boolean complete = false;
		try {
			getCache().execWithoutCacheClear(resource, state -> {
				boolean clear = isClearAllReferencesRequired(state);
				for (TreeIterator<EObject> objects = getAllLinkableContents(model); objects.hasNext();) {
					EObject object = objects.next();
					adapter.adopt(object);
					if (lines != null) {
						lines.visit(object);
					}
					if (clear) {
						clearReferences(object);
					}
					installProxies(object, producer, settingsToLink);
				}
				return null;
			});
			// the walk covers the model; any other root of the file (none in this language) is adopted below
			complete = resource.getContents().size() == 1 && resource.getContents().get(0) == model;
		} finally {
			adapter.adoptedAll(resource, complete);
		}
		if (complete && lines != null) {
			adapter.setForLoadedModel(SectionLines.CACHE_KEY, lines.counted());
		}
		installQueuedLinks(settingsToLink);
	}

	/**
	 * Xtext's linking of {@code change.toLink} only. The names the file looked up in other files (the imported
	 * names, which decide whether a change elsewhere affects this file) are kept: those of the kept references
	 * still hold, and one left over from the old section only costs a check that finds nothing new.
	 */
	private void linkSection(MentorResource resource, SectionChange change, IDiagnosticConsumer consumer) {
		resource.clearLazyProxyInformation(); // the proxies it describes are all made again below
		LinkingDiagnosticProducer producer = new LinkingDiagnosticProducer(consumer);
		Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
		getCache().execWithoutCacheClear(resource, state -> {
			for (EObject object : change.toLink) {
				clearReferences(object);
				installProxies(object, producer, settingsToLink);
			}
			return null;
		});
		installQueuedLinks(settingsToLink);
	}
}
