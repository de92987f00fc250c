package org.mentorship.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;

/**
 * Names must be unique per kind of thing: a programme may have "boundaries standard" and
 * "ethics standard", and a party and a goal may share a name. References always say which kind
 * they want ("boundaries like standard"), so this is never ambiguous. Xtext's default would group
 * all sections together because they share the supertype Section.
 */
public class NamesUniquePerKind extends NamesAreUniqueValidationHelper {

	@Override
	protected EClass getAssociatedClusterType(EClass eClass) {
		return eClass;
	}
}
