package org.mentorship.cli.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The names of a run as step 1 of {@link BatchChecker} finds them: files are added by all threads while others
 * look names up, so a look-up sees the files indexed so far. Answers list the files in their order in the run,
 * as the complete index does; whether an answer is final is decided afterwards ({@link RecordingIndex}).
 */
final class GrowingIndex {

	private final Map<URI, IResourceDescription> byUri = new ConcurrentHashMap<>();
	/** Per lower-case name the files exporting it, by their position in the run. */
	private final Map<QualifiedName, ConcurrentSkipListMap<Integer, IResourceDescription>> byName = new ConcurrentHashMap<>();
	private final ConcurrentSkipListMap<Integer, IResourceDescription> byPosition = new ConcurrentSkipListMap<>();

	void add(int position, IResourceDescription names) {
		// the names first: a look-up that finds the file by its URI then also finds its names
		for (IEObjectDescription exported : names.getExportedObjects()) {
			byName.computeIfAbsent(exported.getName().toLowerCase(), n -> new ConcurrentSkipListMap<>()).put(position, names);
		}
		byPosition.put(position, names);
		byUri.put(names.getURI(), names);
	}

	IResourceDescription description(URI uri) {
		return byUri.get(uri);
	}

	List<IEObjectDescription> find(EClass type, QualifiedName name, boolean ignoreCase) {
		ConcurrentSkipListMap<Integer, IResourceDescription> files = byName.get(name.toLowerCase());
		if (files == null) {
			return List.of();
		}
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (IResourceDescription file : files.values()) {
			file.getExportedObjects(type, name, ignoreCase).forEach(found::add);
		}
		return List.copyOf(found);
	}

	int size() {
		return byUri.size();
	}

	/** The files indexed so far, in their order in the run. */
	List<IResourceDescription> files() {
		return List.copyOf(byPosition.values());
	}
}
