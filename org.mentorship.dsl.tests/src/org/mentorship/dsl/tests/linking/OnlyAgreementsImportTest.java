package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.mentor.MentorPackage;

/**
 * ProgrammeDefaultsScopeProvider asks only an agreement for imports (its programme): that is right as long as no
 * other object can hold one, which Xtext would read from an attribute named importedNamespace. A grammar change that
 * adds one must change the scope provider too.
 */
class OnlyAgreementsImportTest {

	@Test
	void noObjectOfTheLanguageHasAnImportedNamespace() {
		List<String> importing = MentorPackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(type -> type.getEStructuralFeature("importedNamespace") != null).map(EClass::getName).toList();
		assertEquals(List.of(), importing);
	}
}
