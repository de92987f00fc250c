package org.mentorship.dsl.linking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What an in-place update (Xtext's partial parser) changed in a model, found by comparing the objects after it
 * with those before: the section the parser read again is made of new objects, every other object is the one it
 * was. The partial parser replaces one object by one new object at the same place in its container, so only
 * the objects of that section, and those that referred into it, need linking again; unless a name was declared,
 * renamed, removed or moved in the section: then what any reference of the file resolves to may change.
 */
final class SectionChange {

	/** The objects whose references are (re)made: the new ones and those that pointed at a replaced object. */
	final List<EObject> toLink = new ArrayList<>();
	private final List<String> declaredBefore = new ArrayList<>();
	private final List<String> declaredAfter = new ArrayList<>();
	private int sectionsBefore;
	private int sectionsAfter;

	/** Compares the model under {@code root} with {@code before}, the objects it had; {@code before} is used up. */
	static SectionChange of(EObject root, Set<EObject> before) {
		SectionChange change = new SectionChange();
		Set<EObject> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(List.of(root))) {
			if (before.remove(object)) {
				if (pointsAtReplaced(object)) {
					change.toLink.add(object);
				}
			} else {
				fresh.add(object);
				change.toLink.add(object);
				if (object.eContainer() == null || !fresh.contains(object.eContainer())) {
					change.sectionsAfter++;
				}
				declaration(object, fresh).ifPresent(change.declaredAfter::add);
			}
		}
		// what is left of before was replaced: the section as it was (detached, or a proxy since Xtext unloaded it)
		for (EObject removed : before) {
			EObject container = removed.eContainer();
			if (container == null || !before.contains(container)) {
				change.sectionsBefore++;
				declaration(removed, before).ifPresent(change.declaredBefore::add);
				for (EObject inside : (Iterable<EObject>) removed::eAllContents) {
					declaration(inside, before).ifPresent(change.declaredBefore::add);
				}
			}
		}
		return change;
	}

	/**
	 * Whether the section declares the same names, of the same kinds, at the same places as before: then every
	 * reference outside it resolves as it did, and the file exports the same names at the same addresses.
	 */
	boolean declarationsKept() {
		return sectionsBefore == 1 && sectionsAfter == 1 && declaredBefore.equals(declaredAfter);
	}

	/** A reference to an object that is no longer in a model (replaced, unloaded) or one never resolved. */
	private static boolean pointsAtReplaced(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (value instanceof List<?> targets) {
				for (Object target : targets) {
					if (gone((EObject) target)) {
						return true;
					}
				}
			} else if (value instanceof EObject target && gone(target)) {
				return true;
			}
		}
		return false;
	}

	private static boolean gone(EObject target) {
		return target.eIsProxy() || target.eResource() == null;
	}

	/**
	 * A named object as kind, place and name relative to its section ({@code section} holds the section's objects):
	 * equal lists before and after mean equal qualified names and equal addresses in the index.
	 */
	private static Optional<String> declaration(EObject object, Set<EObject> section) {
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		Object name = nameFeature == null ? null : object.eGet(nameFeature);
		if (name == null) {
			return Optional.empty();
		}
		StringBuilder place = new StringBuilder(object.eClass().getName()).append(' ').append(name).append(" at");
		for (EObject step = object; step.eContainer() != null && section.contains(step.eContainer()); step = step.eContainer()) {
			EObject container = step.eContainer();
			EReference feature = step.eContainmentFeature();
			place.append(' ').append(feature.getName());
			if (feature.isMany()) {
				place.append('.').append(((List<?>) container.eGet(feature, false)).indexOf(step));
			}
			EStructuralFeature containerName = container.eClass().getEStructuralFeature("name");
			if (containerName != null) {
				place.append('(').append(container.eGet(containerName)).append(')');
			}
		}
		return Optional.of(place.toString());
	}
}
