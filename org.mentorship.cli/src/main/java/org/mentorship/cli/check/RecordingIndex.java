package org.mentorship.cli.check;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The index one resource set of step 1 sees ({@link BatchChecker}): it answers from the names indexed so far
 * ({@link GrowingIndex}) and writes down every question with its answer. Linking and validation reach other files
 * only through this index, so a file checked here gets the findings of a check against the complete index unless
 * one of the answers it was given (or the answers an earlier file of the same set was given: their scopes are
 * cached in shared models) is different from the complete index's. Questions about all names (as "Did you mean"
 * asks) have no final answer before the end: they always count as different.
 *
 * One per resource set, used by the thread that checks it. The complete index is Xtext's own
 * {@link ResourceDescriptionsData}, which this class extends so that it is installed the same way.
 */
final class RecordingIndex extends ResourceDescriptionsData {

	/** One question and its answer. */
	private sealed interface Lookup {
		boolean sameIn(ResourceDescriptionsData complete, int files);

		/** Whether no file indexed later can change the answer (then it need not be kept). */
		default boolean isFinal() {
			return false;
		}
	}

	/**
	 * Objects by name and type: the answer is the list of what was found, in order (the descriptions of a file's
	 * names are the same objects in both indexes, so keeping them costs only the list).
	 */
	private record Named(EClass type, QualifiedName name, boolean ignoreCase, List<IEObjectDescription> found) implements Lookup {
		@Override
		public boolean sameIn(ResourceDescriptionsData complete, int files) {
			return found.equals(list(complete.getExportedObjects(type, name, ignoreCase)));
		}
	}

	/** A file by its URI: the answer is its description (one object per file in a run) or none. */
	private record File(URI uri, IResourceDescription found) implements Lookup {
		@Override
		public boolean sameIn(ResourceDescriptionsData complete, int files) {
			return complete.getResourceDescription(uri) == found;
		}

		/** Each file is indexed once: a file found now is found with the same names at the end. */
		@Override
		public boolean isFinal() {
			return found != null;
		}
	}

	/**
	 * How many files there are. Xtext's containers ask it only to know whether there is a file besides the one
	 * being checked (the count is 0, 1 or more), and the file being checked is always indexed already: the
	 * answer holds when the complete index has two files or more too.
	 */
	private record Size(int found) implements Lookup {
		@Override
		public boolean sameIn(ResourceDescriptionsData complete, int files) {
			return Math.min(found, 2) == Math.min(files, 2);
		}

		@Override
		public boolean isFinal() {
			return found >= 2;
		}
	}

	/** All names, all files, or names by type only. */
	private record Wide() implements Lookup {
		@Override
		public boolean sameIn(ResourceDescriptionsData complete, int files) {
			return false;
		}
	}

	private final GrowingIndex index;
	/** The questions whose answers may change, each once, in the order first asked (about one per file). */
	private final Set<Lookup> log = new LinkedHashSet<>();

	RecordingIndex(GrowingIndex index) {
		super(List.of());
		this.index = index;
	}

	/** How many questions were asked so far: a file checked now depends on the answers up to here. */
	int asked() {
		return log.size();
	}

	/** The number of questions whose answers are the complete index's too, counted from the first one. */
	int sameIn(ResourceDescriptionsData complete) {
		int files = complete.getAllURIs().size();
		int same = 0;
		for (Lookup lookup : log) {
			if (!lookup.sameIn(complete, files)) {
				break;
			}
			same++;
		}
		return same;
	}

	private void asked(Lookup lookup) {
		if (!lookup.isFinal()) {
			log.add(lookup);
		}
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		List<IEObjectDescription> found = index.find(type, name, ignoreCase);
		asked(new Named(type, name, ignoreCase, found));
		return found;
	}

	@Override
	public IResourceDescription getResourceDescription(URI uri) {
		IResourceDescription found = index.description(uri);
		asked(new File(uri, found));
		return found;
	}

	@Override
	public Iterable<IResourceDescription> getAllResourceDescriptions() {
		asked(new Wide());
		return index.files();
	}

	/**
	 * The files of the run, as Xtext's containers see them (FlatResourceSetBasedAllContainersState): whether a file
	 * is one of them, and how many there are, each question written down as it is asked; listing them is a wide
	 * question.
	 */
	@Override
	public Set<URI> getAllURIs() {
		return new AbstractSet<>() {
			@Override
			public int size() {
				int files = index.size();
				asked(new Size(files));
				return files;
			}

			@Override
			public boolean isEmpty() {
				return size() == 0;
			}

			@Override
			public boolean contains(Object uri) {
				return uri instanceof URI file && getResourceDescription(file) != null;
			}

			@Override
			public Iterator<URI> iterator() {
				asked(new Wide());
				return index.files().stream().map(IResourceDescription::getURI).iterator();
			}
		};
	}

	@Override
	public boolean isEmpty() {
		asked(new Wide());
		return index.files().isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		asked(new Wide());
		return index.files().stream().flatMap(file -> stream(file.getExportedObjects())).toList();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		asked(new Wide());
		return index.files().stream().flatMap(file -> stream(file.getExportedObjectsByType(type))).toList();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		asked(new Wide());
		return index.files().stream().flatMap(file -> stream(file.getExportedObjectsByObject(object))).toList();
	}

	@Override
	protected Iterable<IResourceDescription> getSelectables() {
		asked(new Wide());
		return index.files();
	}

	/** Nothing changes the index of a run while its files are checked: a change would go unrecorded. */
	@Override
	public void addDescription(URI uri, IResourceDescription newDescription) {
		throw new UnsupportedOperationException("the index of a run does not change");
	}

	@Override
	public void removeDescription(URI uri) {
		throw new UnsupportedOperationException("the index of a run does not change");
	}

	@Override
	public void register(IResourceDescription.Delta delta) {
		throw new UnsupportedOperationException("the index of a run does not change");
	}

	@Override
	public ResourceDescriptionsData copy() {
		throw new UnsupportedOperationException("the index of a run is not copied");
	}

	private static List<IEObjectDescription> list(Iterable<IEObjectDescription> found) {
		List<IEObjectDescription> list = new ArrayList<>();
		found.forEach(list::add);
		return list;
	}

	private static <T> java.util.stream.Stream<T> stream(Iterable<T> items) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false);
	}
}
