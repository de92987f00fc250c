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
 * (docs/benchmarks.md, "Issue 13, pipeline"). Named objects get the name Xtext's provider computes, not from its cache.
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
		// Xtext's own computation, without its cache: the provider declares no qualifiedName(...) methods, so Xtext
		// would compute this very name from the attribute; its cache (a map of the file keyed by object) cost more
		// than the name, about a seventh of linking a 10,000-line file, where each name is asked for once
		// (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe6)")
		return computeFullyQualifiedNameFromNameAttribute(object);
	}
}
