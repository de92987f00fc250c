package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.Evidence;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.scoping.ProgrammeDefaultsScopeProvider;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The scopes built once per file and reference (ScopePerReferenceType) find and list what Xtext's chain of a layer
 * per named container finds and lists, for every reference of every example (an agreement whose programme is in
 * another file among them) and of a file with unknown names; and two references in different goals share one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class ScopePerReferenceTypeTest {

	@Inject
	private Injector injector;

	@Inject
	private IScopeProvider scopes;

	@Test
	void sameAnswersAsXtextsChainForEveryReference() throws IOException {
		// two copies of the files, so that neither provider reuses what the other put in a file's cache
		ProgrammeDefaultsScopeProvider xtexts = injector.getInstance(ProgrammeDefaultsScopeProvider.class);
		List<Resource> ourFiles = new ArrayList<>(filesOfTheExamples().getResources());
		List<Resource> xtextsFiles = new ArrayList<>(filesOfTheExamples().getResources());
		int compared = 0;
		for (int file = 0; file < ourFiles.size(); file++) {
			var theirs = xtextsFiles.get(file).getAllContents();
			for (var all = ourFiles.get(file).getAllContents(); all.hasNext();) {
				EObject object = all.next();
				EObject same = theirs.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					String where = ourFiles.get(file).getURI().lastSegment() + ": " + object.eClass().getName() + "."
							+ reference.getName();
					IScope ours = scopes.getScope(object, reference);
					IScope expected = xtexts.getScope(same, reference);
					List<QualifiedName> listed = names(expected.getAllElements());
					assertEquals(listed, names(ours.getAllElements()), where);
					List<QualifiedName> asked = new ArrayList<>(listed);
					asked.add(QualifiedName.create("zoltan"));
					for (QualifiedName name : asked) {
						assertEquals(uri(expected.getSingleElement(name)), uri(ours.getSingleElement(name)), where + " " + name);
					}
					compared++;
				}
			}
		}
		assertTrue(compared > 50, compared + " references compared");
	}

	/** Where a found object is (file and path), comparable across the two copies; null when nothing was found. */
	private static String uri(IEObjectDescription found) {
		return found == null ? null : found.getEObjectURI().lastSegment() + "#" + found.getEObjectURI().fragment();
	}

	@Test
	void referencesInDifferentGoalsShareOneScope() throws IOException {
		XtextResourceSet set = filesOfTheExamples();
		Resource complete = set.getResource(URI.createFileURI(examples().resolve("complete.mentor").toAbsolutePath().toString()), false);
		List<Evidence> evidence = EcoreUtil2.getAllContentsOfType(complete.getContents().get(0), Evidence.class);
		Evidence first = evidence.get(0);
		Evidence other = evidence.stream().filter(e -> e.eContainer() != first.eContainer()).findFirst().orElseThrow();
		assertSame(scopes.getScope(first, MentorPackage.Literals.EVIDENCE__OWNER),
				scopes.getScope(other, MentorPackage.Literals.EVIDENCE__OWNER));
	}

	private XtextResourceSet filesOfTheExamples() throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		try (Stream<Path> walk = Files.walk(examples())) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList()) {
				set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			}
		}
		Resource unknown = set.createResource(URI.createURI("unknown-names.mentor"));
		unknown.load(new ByteArrayInputStream("""
				agreement u "Unknown names"
				  programme no-such-programme
				mentor ada "Ada Lovelace"
				goal g "A goal"
				  evidence artifact "notes" from zoltan
				boundaries like nothing
				""".getBytes(StandardCharsets.UTF_8)), null);
		return set;
	}

	private static Path examples() {
		return Path.of(System.getProperty("mentor.examples", "../examples"));
	}

	private static List<QualifiedName> names(Iterable<IEObjectDescription> descriptions) {
		List<QualifiedName> names = new ArrayList<>();
		descriptions.forEach(d -> names.add(d.getName()));
		return names;
	}
}
