package org.mentorship.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import com.google.inject.Inject;

/**
 * Names must be unique per kind of thing: a programme may have "boundaries standard" and
 * "ethics standard", and a party and a goal may share a name. References always say which kind
 * they want ("boundaries like standard"), so this is never ambiguous. Xtext's default would group
 * all sections together because they share the supertype Section. A programme may change the
 * severity of mentor.duplicate-name like any other rule's.
 */
public class NamesUniquePerKind extends NamesAreUniqueValidationHelper {

	@Inject
	private IssueSeveritiesProvider severities;

	@Inject
	private ConfigurableIssueCodesProvider issueCodes;

	@Override
	protected EClass getAssociatedClusterType(EClass eClass) {
		return eClass;
	}

	@Override
	protected void createDuplicateNameError(IEObjectDescription description, EClass clusterType,
			ValidationMessageAcceptor acceptor) {
		EObject object = description.getEObjectOrProxy();
		EStructuralFeature feature = getNameFeature(object);
		String name = String.valueOf(object.eGet(feature));
		if (firstOfItsName(object, feature, name)) {
			return; // one mistake, one message: the later declarations get it, with the fix that renames them
		}
		new ConfiguredSeverityAcceptor(acceptor, severities.getIssueSeverities(object.eResource()),
				issueCodes.getConfigurableIssueCodes()).acceptError("Another " + kind(clusterType) + " is named '" + name + "' too: give each its own name.", object,
				feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, IssueCodes.DUPLICATE_NAME, name);
	}

	private static boolean firstOfItsName(EObject object, EStructuralFeature feature, String name) {
		for (java.util.Iterator<EObject> all = object.eResource().getAllContents(); all.hasNext();) {
			EObject other = all.next();
			if (other.eClass() == object.eClass() && name.equals(String.valueOf(other.eGet(feature)))) {
				return other == object;
			}
		}
		return false;
	}

	private static String kind(EClass type) {
		String name = type.getName();
		return switch (name) {
		case "Boundaries", "Ethics" -> name.toLowerCase() + " section";
		default -> name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		};
	}

}
