package org.mentorship.cli.check;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * One exported name of a file that is no longer loaded ({@link ExportedNames}), made when a look-up finds it. Two
 * made for the same name are equal.
 */
record ExportedName(URI file, QualifiedName name, EClass eClass, String fragment, Map<String, String> userData)
		implements IEObjectDescription {

	@Override
	public QualifiedName getName() {
		return name;
	}

	@Override
	public QualifiedName getQualifiedName() {
		return name;
	}

	/**
	 * A new proxy each time: a proxy is a model object, and the threads of a run must not share one. Resolving it
	 * loads the file into the resource set that asks (EMF's demand load), so a file's model exists only where a
	 * reference into it is followed.
	 */
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
