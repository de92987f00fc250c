package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.scoping.NamedObjectsOnly;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The language's qualified names (NamedObjectsOnly: no name at once for an object without one) are Xtext's, object
 * by object: in every example, in a programme, and in a file whose names the parser could not all read.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class NamedObjectsOnlyTest {

	@Inject
	private Injector injector;

	@Inject
	private IQualifiedNameProvider names;

	@Test
	void sameNamesAsXtextsProviderForEveryObject() throws IOException {
		assertInstanceOf(NamedObjectsOnly.class, names);
		DefaultDeclarativeQualifiedNameProvider xtexts = new DefaultDeclarativeQualifiedNameProvider();
		injector.injectMembers(xtexts);
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("mentor.examples", "../examples")))) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		Resource broken = set.createResource(URI.createURI("broken.mentor"));
		broken.load(new java.io.ByteArrayInputStream("""
				agreement a-b "Broken names"
				mentor ada "Ada Lovelace"
				mentee "Grace Hopper"
				goal "no name"
				  milestone first "Start" due 2027-01-11
				goal reviews.more "dotted"
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		int named = 0;
		int objects = 0;
		for (Resource resource : set.getResources()) {
			for (var all = resource.getAllContents(); all.hasNext();) {
				EObject object = all.next();
				objects++;
				assertEquals(xtexts.getFullyQualifiedName(object), names.getFullyQualifiedName(object),
						resource.getURI().lastSegment() + ": " + object.eClass().getName());
				named += names.getFullyQualifiedName(object) == null ? 0 : 1;
			}
		}
		// the comparison covers both answers: many objects with a name and many without one
		assertTrue(named > 20 && objects - named > 100, named + " named of " + objects);
	}
}
