package org.mentorship.dsl.scoping;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Xtext's local scopes, built once per file and reference instead of once per reference. Xtext adds a layer for
 * every named container of the reference (each goal is one), so each "evidence ... from grace" of a large file built
 * a chain of its own: a twentieth of the pipeline of a 10,000-line agreement (docs/benchmarks.md, "Issue 13: pipeline
 * vs raw parse (branch pipe2)"). A container's layer finds only objects of the reference's type declared under the
 * container's name; when there are none, it has nothing to find, to shadow or to list, so the reference sees exactly
 * the scope of its nearest container that declares such objects or imports (or of the file). That scope is built once
 * and kept in the file's cache, which Xtext clears when the file changes. Other files are looked up when asked
 * ({@link GlobalScopeOnDemand}): the index can change while this file does not. The file's named objects are
 * those of its entry in the index, which the index and the unique-names check need anyway: one walk, not two.
 */
public class ScopePerReferenceType extends ProgrammeDefaultsScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || isIgnoreCase(reference)) {
			return super.getScope(context, reference); // not in a file, or names of any case (not in this language)
		}
		EObject owner = nearestLayer(context, reference, resource);
		return cache.get(Tuples.create(ScopePerReferenceType.class, owner, reference), resource,
				() -> super.getScope(owner, reference));
	}

	/** Xtext's scope of the file's own objects over the other files', which are looked up only when asked. */
	@Override
	protected IScope getResourceScope(Resource resource, EReference reference) {
		// Xtext's adds implicit imports first: this language has none (getImplicitImports is not overridden)
		return getResourceScope(new GlobalScopeOnDemand(() -> getGlobalScope(resource, reference)),
				resource.getContents().get(0), reference);
	}

	/**
	 * The same objects with the same names in the same order as Xtext's walk here (its resource description exports
	 * every object that has a qualified name), from the description kept in the file's cache.
	 */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		if (!resource.isLoaded()) {
			return super.internalGetAllDescriptions(resource); // the description would load the file
		}
		return new MultimapBasedSelectable(descriptions.getResourceDescription(resource).getExportedObjects());
	}

	/** The context itself or its nearest container whose layer can change what the reference finds; else the root. */
	private EObject nearestLayer(EObject context, EReference reference, Resource resource) {
		EObject object = context;
		while (object.eContainer() != null && !addsLayer(object, reference, resource)) {
			object = object.eContainer();
		}
		return object;
	}

	private boolean addsLayer(EObject object, EReference reference, Resource resource) {
		if (!getImportedNamespaceResolvers(object, false).isEmpty()) {
			return true;
		}
		Namespaces namespaces = namespaces(resource, reference.getEReferenceType());
		if (namespaces.cannotBe(object)) {
			return false;
		}
		QualifiedName name = getQualifiedNameOfLocalElement(object);
		return name != null && namespaces.names().contains(name);
	}

	/** Every proper prefix of the names of the file's objects of a type: the names under which some are declared. */
	private Namespaces namespaces(Resource resource, EClass type) {
		return cache.get(Tuples.create(ScopePerReferenceType.class, type), resource, () -> {
			Set<QualifiedName> prefixes = new HashSet<>();
			for (IEObjectDescription description : getAllDescriptions(resource).getExportedObjectsByType(type)) {
				QualifiedName name = description.getName();
				for (int segments = name.getSegmentCount() - 1; segments > 0; segments--) {
					prefixes.add(name.skipLast(name.getSegmentCount() - segments));
				}
			}
			Set<String> lastSegments = new HashSet<>();
			prefixes.forEach(prefix -> lastSegments.add(prefix.getLastSegment()));
			return new Namespaces(prefixes, lastSegments);
		});
	}

	/**
	 * The namespaces, and their last segments: an object whose plain name (no dot) is none of them cannot be one,
	 * known without its qualified name (a look-up in the file's cache, per reference).
	 */
	private record Namespaces(Set<QualifiedName> names, Set<String> lastSegments) {
		boolean cannotBe(EObject object) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
			if (!(feature instanceof EAttribute) || feature.getEType().getInstanceClass() != String.class) {
				return true; // no name attribute: Xtext gives it no qualified name (NamedObjectsOnly)
			}
			return object.eGet(feature) instanceof String name && name.indexOf('.') < 0 && !lastSegments.contains(name);
		}
	}
}
