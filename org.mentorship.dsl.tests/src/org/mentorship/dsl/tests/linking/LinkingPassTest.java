package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * MentorResource's linking pass visits only the objects the linker made lazy proxies for, where Xtext's walks every
 * object of the file: it must leave every reference as EMF's own walk over every object does (resolved to the same
 * object, or left a proxy), with the same linking errors in the same order, on every example and every file of the
 * mistake and held-out corpora (unknown names, syntax errors, references of every kind). A second pass finds nothing
 * left to do.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class LinkingPassTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void resolvesWhatEmfsWalkOverEveryObjectResolves() throws IOException {
		int references = 0;
		int errors = 0;
		for (Path file : files()) {
			MentorResource ours = load(file);
			ours.resolveLazyCrossReferences(CancelIndicator.NullImpl);
			MentorResource emfs = load(file);
			EcoreUtil.resolveAll(emfs);

			List<String> links = links(ours);
			assertEquals(links(emfs), links, file.toString());
			assertEquals(messages(emfs), messages(ours), file.toString());
			ours.resolveLazyCrossReferences(CancelIndicator.NullImpl);
			assertEquals(links, links(ours), file + ": a second pass changed a link");
			references += links.size();
			errors += ours.getErrors().size();
		}
		assertTrue(references > 300 && errors > 20, references + " references, " + errors + " errors");
	}

	/** Every cross-reference of the file, in the order of its objects: where it points, or the proxy it still is. */
	private static List<String> links(Resource resource) {
		List<String> links = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				Object value = object.eGet(reference, false);
				// a list's own iterator would resolve its proxies: its stored elements as they are
				List<Object> targets = new ArrayList<>();
				if (value instanceof InternalEList<?> list) {
					list.basicIterator().forEachRemaining(targets::add);
				} else if (value != null) {
					targets.add(value);
				}
				for (Object target : targets) {
					String where = ((EObject) target).eIsProxy() ? "proxy " + ((InternalEObject) target).eProxyURI()
							: EcoreUtil.getURI((EObject) target).toString();
					links.add(EcoreUtil.getURI(object).fragment() + "." + reference.getName() + " -> " + where);
				}
			}
		}
		return links;
	}

	private static List<String> messages(Resource resource) {
		return resource.getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList();
	}

	private MentorResource load(Path file) {
		XtextResourceSet set = resourceSets.get();
		return (MentorResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	private static List<Path> files() throws IOException {
		return org.mentorship.dsl.tests.Corpora.agreements();
	}
}
