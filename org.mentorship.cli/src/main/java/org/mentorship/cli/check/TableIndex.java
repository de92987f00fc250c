package org.mentorship.cli.check;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The index a resource set of {@link BatchChecker} sees: the run's {@link NameTable}, answering as Xtext's
 * {@link ResourceDescriptionsData} built from the same files in the same order would (which this class extends,
 * so that it is installed the same way), without a second copy of the names. Step 2 uses it as it is, on the
 * complete table; step 1's {@link RecordingIndex} writes every question down through the hooks below.
 */
class TableIndex extends ResourceDescriptionsData {

	protected final NameTable table;

	TableIndex(NameTable table) {
		super(List.of());
		this.table = table;
	}

	/** A look-up by name was answered (packed as in NameTable.find). */
	protected void askedName(EClass type, QualifiedName name, boolean ignoreCase, long[] found) {
	}

	/** A look-up of a file by its URI was answered. */
	protected void askedFile(URI uri, IResourceDescription found) {
	}

	/** The number of files was asked. */
	protected void askedSize(int found) {
	}

	/** All names, all files, or names by type only were asked. */
	protected void askedAll() {
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		long[] found = table.find(type, name, ignoreCase);
		askedName(type, name, ignoreCase, found);
		return table.described(found);
	}

	@Override
	public IResourceDescription getResourceDescription(URI uri) {
		IResourceDescription found = table.description(uri);
		askedFile(uri, found);
		return found;
	}

	@Override
	public Iterable<IResourceDescription> getAllResourceDescriptions() {
		askedAll();
		return table.files();
	}

	/**
	 * The files of the run, as Xtext's containers see them (FlatResourceSetBasedAllContainersState): whether a file
	 * is one of them, how many there are, and listing them (a question about all files).
	 */
	@Override
	public Set<URI> getAllURIs() {
		return new AbstractSet<>() {
			@Override
			public int size() {
				int files = table.size();
				askedSize(files);
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
				askedAll();
				return table.files().stream().map(IResourceDescription::getURI).iterator();
			}
		};
	}

	@Override
	public boolean isEmpty() {
		askedAll();
		return table.files().isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		askedAll();
		return table.files().stream().flatMap(file -> stream(file.getExportedObjects())).toList();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		askedAll();
		return table.files().stream().flatMap(file -> stream(file.getExportedObjectsByType(type))).toList();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		askedAll();
		return super.getExportedObjectsByObject(object); // the object's file by its URI, as Xtext's
	}

	@Override
	protected Iterable<IResourceDescription> getSelectables() {
		askedAll();
		return table.files();
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

	private static <T> Stream<T> stream(Iterable<T> items) {
		return StreamSupport.stream(items.spliterator(), false);
	}
}
