package org.mentorship.dsl.scoping;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * The scope of the other files, made by Xtext's global scope provider at each question, as Xtext would when the
 * local scope is built, so a local scope kept for the file (ScopePerReferenceType) never answers from an outdated
 * index. A reference found in its own file (the usual case) never asks.
 */
final class GlobalScopeOnDemand implements IScope {

	private final Supplier<IScope> global;

	GlobalScopeOnDemand(Supplier<IScope> global) {
		this.global = global;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		return global.get().getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return global.get().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return global.get().getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return global.get().getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return global.get().getAllElements();
	}

	@Override
	public String toString() {
		return "the other files' scope, made when asked";
	}
}
