package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.linking.MentorLinkingService;
import org.mentorship.dsl.mentor.Evidence;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.parser.InPlaceReparse;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * After a keystroke reparsed in place, SectionLinker links only the section read again: the other references
 * keep the very objects they resolved to and are not looked up again; unless the keystroke changed a declared
 * name, which links the whole file (InPlaceReparseTest compares both with a fresh parse over random keystrokes).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SectionLinkerTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void aKeystrokeInATextKeepsEveryLinkAndLooksNothingUp() throws IOException {
		String text = Files.readString(Path.of("../examples/complete.mentor"));
		MentorResource resource = load(text);
		EcoreUtil.resolveAll(resource);
		List<EObject> before = targets(resource);
		long lookUps = MentorLinkingService.lookUps();

		assertTrue(InPlaceReparse.apply(resource, text.replace("by the summer", "by the summers"), true));
		EcoreUtil.resolveAll(resource);

		assertTrue(resource.linkedSectionOnly());
		assertEquals(0, MentorLinkingService.lookUps() - lookUps, "references outside the edited text were looked up again");
		List<EObject> after = targets(resource);
		assertEquals(before.size(), after.size());
		for (int i = 0; i < before.size(); i++) {
			assertSame(before.get(i), after.get(i), "reference " + i + " was linked again");
		}
	}

	@Test
	void aKeystrokeInAReferenceLinksItAndKeepsTheOthers() throws IOException {
		String text = Files.readString(Path.of("../examples/complete.mentor"));
		MentorResource resource = load(text);
		EcoreUtil.resolveAll(resource);
		String edited = text.replace("\"review notes of each review\" from grace", "\"review notes of each review\" from gracx");

		assertTrue(InPlaceReparse.apply(resource, edited, true));
		EcoreUtil.resolveAll(resource);

		assertTrue(resource.linkedSectionOnly());
		List<Evidence> evidence = evidence(resource);
		assertTrue(evidence.get(0).getOwner().eIsProxy(), "the edited reference must no longer resolve");
		assertFalse(evidence.get(1).getOwner().eIsProxy(), "the next one still resolves");
		assertEquals("grace", evidence.get(1).getOwner().getName());
		assertTrue(resource.getErrors().stream().anyMatch(e -> e.getMessage().contains("gracx")), resource.getErrors().toString());
	}

	@Test
	void renamingAPartyLinksTheWholeFileAgain() throws IOException {
		String text = Files.readString(Path.of("../examples/complete.mentor"));
		MentorResource resource = load(text);
		EcoreUtil.resolveAll(resource);

		assertTrue(InPlaceReparse.apply(resource, text.replace("mentee grace ", "mentee gracy "), true));
		EcoreUtil.resolveAll(resource);

		assertFalse(resource.linkedSectionOnly());
		for (Evidence item : evidence(resource)) {
			Party owner = item.getOwner();
			assertTrue(owner == null || owner.eIsProxy(), "'grace' no longer names a party: " + owner);
		}
	}

	/** Every reference's target, in model order, as stored (unresolved ones as their proxy). */
	private static List<EObject> targets(XtextResource resource) {
		List<EObject> targets = new ArrayList<>();
		resource.getAllContents().forEachRemaining(object -> object.eClass().getEAllReferences().stream()
				.filter(r -> !r.isContainment() && !r.isContainer())
				.forEach(r -> {
					Object value = object.eGet(r, false);
					if (value instanceof List<?> many) {
						many.forEach(target -> targets.add((EObject) target));
					} else if (value != null) {
						targets.add((EObject) value);
					}
				}));
		return targets;
	}

	private MentorResource load(String text) throws IOException {
		return TextResources.load(resourceSets.get(), URI.createFileURI("/linking/agreement.mentor"), text);
	}

	private static List<Evidence> evidence(XtextResource resource) {
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Evidence.class);
	}
}
