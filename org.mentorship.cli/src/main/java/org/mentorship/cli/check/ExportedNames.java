package org.mentorship.cli.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * What one file exports (the names other files can refer to), kept after its model is dropped: per name its
 * class and where it is in the file, nothing of the model itself. Immutable, so the threads of a run share it.
 *
 * Each look-up hands out a fresh proxy of the object; resolving it loads the file into the resource set that
 * asks (EMF's demand load), so a file's model exists only where a reference into it is followed. The order of
 * the names is the order of the file's own description, which decides the scopes' order (and with it which of
 * two equal names wins and which names "Did you mean" suggests), exactly as with the live model.
 */
final class ExportedNames implements IResourceDescription {

	private final URI uri;
	private final List<Name> names;

	private ExportedNames(URI uri, List<Name> names) {
		this.uri = uri;
		this.names = names;
	}

	/** A copy of a description computed on a loaded model; the model is not referenced afterwards. */
	static ExportedNames copyOf(IResourceDescription description) {
		URI uri = description.getURI();
		List<Name> names = new ArrayList<>();
		for (IEObjectDescription exported : description.getExportedObjects()) {
			String[] keys = exported.getUserDataKeys();
			Map<String, String> userData = Map.of();
			if (keys.length > 0) {
				userData = new java.util.LinkedHashMap<>();
				for (String key : keys) {
					userData.put(key, exported.getUserData(key));
				}
			}
			// the same paths (//@document/@parties.0) recur in every file: one copy of each string
			String fragment = exported.getEObjectURI().fragment().intern();
			names.add(new Name(uri, exported.getName(), exported.getEClass(), fragment, userData));
		}
		return new ExportedNames(uri, List.copyOf(names));
	}

	@Override
	public URI getURI() {
		return uri;
	}

	@Override
	public boolean isEmpty() {
		return names.isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return List.copyOf(names);
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (Name exported : names) {
			if ((ignoreCase ? exported.name.equalsIgnoreCase(name) : exported.name.equals(name))
					&& EcoreUtil2.isAssignableFrom(type, exported.eClass)) {
				found.add(exported);
			}
		}
		return found;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		List<IEObjectDescription> found = new ArrayList<>(names.size());
		for (Name exported : names) {
			if (EcoreUtil2.isAssignableFrom(type, exported.eClass)) {
				found.add(exported);
			}
		}
		return found;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		URI objectUri = EcoreUtil.getURI(object);
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (Name exported : names) {
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
		return uri + " " + names;
	}

	/** One exported name. */
	private record Name(URI file, QualifiedName name, EClass eClass, String fragment, Map<String, String> userData)
			implements IEObjectDescription {

		@Override
		public QualifiedName getName() {
			return name;
		}

		@Override
		public QualifiedName getQualifiedName() {
			return name;
		}

		/** A new proxy each time: a proxy is a model object, and the threads of a run must not share one. */
		@Override
		public EObject getEObjectOrProxy() {
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(eClass);
			proxy.eSetProxyURI(getEObjectURI());
			return proxy;
		}

		@Override
		public URI getEObjectURI() {
			return file.appendFragment(fragment);
		}

		@Override
		public EClass getEClass() {
			return eClass;
		}

		@Override
		public String getUserData(String key) {
			return userData.get(key);
		}

		@Override
		public String[] getUserDataKeys() {
			return userData.keySet().toArray(String[]::new);
		}

		@Override
		public String toString() {
			return name + " (" + eClass.getName() + ")";
		}
	}
}
