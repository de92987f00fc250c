package org.mentorship.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * What one file exports (the names other files can refer to), kept after its model is dropped, in as few bytes
 * as the run can afford for every file (docs/benchmarks.md, "Issue 13: memory from 10,000 to 100,000 files"): the
 * names packed into one string ({@link PackedNames}), their classes and places in the file as a {@link Shape}
 * that files of the same structure share, and the file's URI made again from its path when asked. The
 * {@link IEObjectDescription} of a name is built when a look-up finds it ({@link ExportedName}). Immutable, so the
 * threads of a run share it.
 *
 * The order of the names is the order of the file's own description, which decides the scopes' order (and with it
 * which of two equal names wins and which names "Did you mean" suggests), exactly as with the live model.
 */
final class ExportedNames implements IResourceDescription {

	/** The run's files and this one's position among them: a Path kept per file would cost more than its names. */
	private final List<Path> files;
	private final int position;
	/** What most files do not have, in one field: each field costs every file of a run (32 bytes an object now). */
	private final Rare rare;
	private final String names;
	private final Shape shape;
	/**
	 * @param otherUri the resource's URI when it is not the one made from the file's path (never, as the checker
	 *        loads files)
	 * @param userData per name its user data, or null when no name has any (Mentor's names have none)
	 */
	private record Rare(URI otherUri, Map<String, String>[] userData) {
	}

	private ExportedNames(List<Path> files, int position, URI otherUri, String names, Shape shape,
			Map<String, String>[] userData) {
		this.files = files;
		this.position = position;
		this.names = names;
		this.shape = shape;
		this.rare = otherUri == null && userData == null ? null : new Rare(otherUri, userData);
	}

	/** A copy of the description computed on the file's loaded model; the model is not referenced afterwards. */
	static ExportedNames copyOf(Path file, IResourceDescription description) {
		return copyOf(List.of(file), 0, description);
	}

	/** The same for the file at the given position of a run's files. */
	@SuppressWarnings("unchecked")
	static ExportedNames copyOf(List<Path> files, int position, IResourceDescription description) {
		List<QualifiedName> qualifiedNames = new ArrayList<>();
		List<EClass> types = new ArrayList<>();
		List<String> fragments = new ArrayList<>();
		Map<String, String>[] userData = null;
		for (IEObjectDescription exported : description.getExportedObjects()) {
			String[] keys = exported.getUserDataKeys();
			if (keys.length > 0) {
				if (userData == null) {
					userData = new Map[Math.max(8, qualifiedNames.size() + 1)];
				}
				if (qualifiedNames.size() >= userData.length) {
					userData = java.util.Arrays.copyOf(userData, userData.length * 2);
				}
				Map<String, String> data = new java.util.LinkedHashMap<>();
				for (String key : keys) {
					data.put(key, exported.getUserData(key));
				}
				userData[qualifiedNames.size()] = data;
			}
			qualifiedNames.add(exported.getName());
			types.add(exported.getEClass());
			// the same paths (//@document/@parties.0) recur in every file: one copy of each string
			fragments.add(exported.getEObjectURI().fragment().intern());
		}
		if (userData != null) {
			userData = java.util.Arrays.copyOf(userData, qualifiedNames.size());
		}
		URI uri = description.getURI();
		URI otherUri = uri.equals(uriOf(files.get(position))) ? null : uri;
		return new ExportedNames(files, position, otherUri, PackedNames.pack(qualifiedNames), Shape.of(types, fragments), userData);
	}

	/** The URI the checker gives the file's resource (AgreementChecker.load). */
	static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	/** How many names the file exports. */
	int size() {
		return shape.size();
	}

	/** The name at the given index. */
	QualifiedName name(int index) {
		return PackedNames.name(names, index);
	}

	/** The indexes of the names a look-up finds here, in order (as IResourceDescription.getExportedObjects). */
	int[] matches(EClass type, QualifiedName name, boolean ignoreCase) {
		int[] found = new int[0];
		for (int index = 0; index < shape.size(); index++) {
			QualifiedName exported = name(index);
			if ((ignoreCase ? exported.equalsIgnoreCase(name) : exported.equals(name))
					&& EcoreUtil2.isAssignableFrom(type, shape.type(index))) {
				found = java.util.Arrays.copyOf(found, found.length + 1);
				found[found.length - 1] = index;
			}
		}
		return found;
	}

	/** The description of the name at the given index, made now. */
	IEObjectDescription described(int index) {
		Map<String, String>[] userData = rare != null ? rare.userData : null;
		Map<String, String> data = userData == null || userData[index] == null ? Map.of() : userData[index];
		return new ExportedName(getURI(), name(index), shape.type(index), shape.fragment(index), data);
	}

	@Override
	public URI getURI() {
		return rare != null && rare.otherUri != null ? rare.otherUri : uriOf(files.get(position));
	}

	@Override
	public boolean isEmpty() {
		return shape.size() == 0;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		List<IEObjectDescription> all = new ArrayList<>(shape.size());
		for (int index = 0; index < shape.size(); index++) {
			all.add(described(index));
		}
		return all;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (int index : matches(type, name, ignoreCase)) {
			found.add(described(index));
		}
		return found;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		List<IEObjectDescription> found = new ArrayList<>(shape.size());
		for (int index = 0; index < shape.size(); index++) {
			if (EcoreUtil2.isAssignableFrom(type, shape.type(index))) {
				found.add(described(index));
			}
		}
		return found;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		URI objectUri = EcoreUtil.getURI(object);
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (IEObjectDescription exported : getExportedObjects()) {
			if (exported.getEObjectURI().equals(objectUri)) {
				found.add(exported);
			}
		}
		return found;
	}

	/** Only what a file exports is kept: references and imported names serve incremental builds, not a run. */
	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return List.of();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return List.of();
	}

	@Override
	public String toString() {
		return getURI() + " " + getExportedObjects();
	}
}
