package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.FileCache;
import org.mentorship.dsl.index.DescriptionFromTheLinker;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The exported names the linker collects while it walks a file just loaded (DescriptionFromTheLinker) are those Xtext's
 * own walk collects (the same objects, names, classes and data, in the same order), for every file of the corpora
 * (examples, mistakes, held-out, clock changes, fuzz regressions; syntax errors included); a change to the model
 * makes Xtext's walk collect them again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class DescriptionFromTheLinkerTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private FileCache cache;

	@Inject
	private IResourceDescription.Manager manager;

	@Inject
	private IDefaultResourceDescriptionStrategy strategy;

	@Test
	void theLinkersNamesAreXtextsOnEveryFile() throws IOException {
		int names = 0;
		for (Path file : files()) {
			XtextResource resource = (XtextResource) resourceSets.get()
					.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			assertNotNull(cache.getOrCreate(resource).get(DescriptionFromTheLinker.CACHE_KEY), file + ": collected by the linker");
			IResourceDescription description = manager.getResourceDescription(resource);
			assertInstanceOf(DescriptionFromTheLinker.class, description);
			List<String> expected = described(xtexts(resource));
			assertEquals(expected, described(description.getExportedObjects()), file.toString());
			names += expected.size();
		}
		assertTrue(names > 500, names + " names");
	}

	@Test
	void aChangeToTheModelMakesXtextsWalkCollectThem() throws IOException {
		XtextResource resource = TextResources.load(resourceSets.get(), URI.createURI("memory:/complete.mentor"),
				Files.readString(Path.of("../examples/complete.mentor")));
		Goal goal = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Goal.class).get(0);
		goal.setName("renamed");
		assertNull(cache.getOrCreate(resource).get(DescriptionFromTheLinker.CACHE_KEY));
		List<String> exported = described(manager.getResourceDescription(resource).getExportedObjects());
		assertEquals(described(xtexts(resource)), exported);
		assertTrue(exported.stream().anyMatch(name -> name.contains(".renamed ")), exported.toString());
	}

	/** Xtext's own walk, with no cache at all. */
	private Iterable<IEObjectDescription> xtexts(XtextResource resource) {
		return new DefaultResourceDescription(resource, strategy, IResourceScopeCache.NullImpl.INSTANCE).getExportedObjects();
	}

	private static List<String> described(Iterable<IEObjectDescription> descriptions) {
		List<String> described = new ArrayList<>();
		for (IEObjectDescription d : descriptions) {
			List<String> data = new ArrayList<>();
			for (String key : d.getUserDataKeys()) {
				data.add(key + "=" + d.getUserData(key));
			}
			described.add(d.getName() + " " + d.getEClass().getName() + " " + d.getEObjectURI() + " "
					+ System.identityHashCode(d.getEObjectOrProxy()) + " " + data);
		}
		return described;
	}

	private static List<Path> files() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(Path.of(System.getProperty("mentor.examples", "../examples")), Path.of("mistakes"),
				Path.of("heldout"), Path.of("clock-changes"), Path.of("fuzz/regressions"))) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(p -> p.toString().endsWith(".mentor")).sorted().forEach(files::add);
			}
		}
		return files;
	}
}
