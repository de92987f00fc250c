package org.mentorship.dsl.index;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.mentorship.dsl.FileCache;

/**
 * Xtext's description of a file (its exported names), whose names the linker may have collected already: Xtext
 * collects them in a walk of its own over every object of the file, the first time a file's names are asked for
 * (linking asks for them, the index too); the linker walks every object of a file it has just loaded anyway, right
 * after the parse (SectionLinker), and asks Xtext's strategy there, object by object in the same order, so the names
 * are those Xtext's walk would collect. The walk over every object was a twentieth of the raw parse of a 10,000-line
 * agreement (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe7)"). The collected names wait in
 * the file's cache, which any change to the model clears: then Xtext's walk collects them, as it would anyway.
 */
public class DescriptionFromTheLinker extends DefaultResourceDescription {

	/** The key of the file's cache under which the linker leaves the names it collected. */
	public static final String CACHE_KEY = DescriptionFromTheLinker.class.getName();

	private final FileCache files;

	DescriptionFromTheLinker(Resource resource, IDefaultResourceDescriptionStrategy strategy, IResourceScopeCache cache) {
		super(resource, strategy, cache);
		this.files = cache instanceof FileCache fileCache ? fileCache : null;
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		List<IEObjectDescription> collected = files == null ? null : files.getOrCreate(getResource()).get(CACHE_KEY);
		// a copy: Xtext's list is the description's own
		return collected != null ? new ArrayList<>(collected) : super.computeExportedObjects();
	}

	/** Collects the names as Xtext's walk does, from a walk over every object of the file in the order of its contents. */
	public static final class Collector {

		private final IDefaultResourceDescriptionStrategy strategy;
		private List<IEObjectDescription> names = new ArrayList<>();

		public Collector(IDefaultResourceDescriptionStrategy strategy) {
			this.strategy = strategy;
		}

		public void visit(EObject object) {
			// false would make Xtext's walk skip the object's contents, which this walk cannot (this language's
			// strategy, Xtext's default, never says it): then Xtext's walk collects them
			if (names != null && !strategy.createEObjectDescriptions(object, names::add)) {
				names = null;
			}
		}

		/** The names, or null when they must be collected by Xtext's walk. */
		public List<IEObjectDescription> collected() {
			return names;
		}
	}
}
