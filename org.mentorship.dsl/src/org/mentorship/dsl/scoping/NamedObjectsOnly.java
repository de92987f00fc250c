package org.mentorship.dsl.scoping;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Xtext's qualified names (an object's "name" below its named containers' names), answered at once for an object
 * that has no name. Linking (the file's local scope), the file's exported names and the unique-names check ask for
 * the name of every object of a file, and most objects (milestones, evidence, durations, ...) have none: Xtext's
 * provider dispatched reflectively and cached a null for each, a twentieth of a 10,000-line file's pipeline
 * (docs/benchmarks.md, "Issue 13, pipeline"). Named objects still go through Xtext's provider and its cache.
 */
public class NamedObjectsOnly extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		// what Xtext's name resolver reads: the String attribute "name"; null or empty means no qualified name
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (!(name instanceof EAttribute) || name.getEType().getInstanceClass() != String.class) {
			return null;
		}
		Object value = object.eGet(name);
		if (value == null || ((String) value).isEmpty()) {
			return null;
		}
		return super.getFullyQualifiedName(object);
	}
}
