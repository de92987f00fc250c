package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.OnChangeEvictingCache.CacheAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.FileCache;
import org.mentorship.dsl.MentorResource;
import org.mentorship.dsl.mentor.Evidence;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.MentorFactory;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The linker puts the cache's adapter on each object of a file loaded for the first time (FileCache): afterwards the
 * file must be in the state Xtext's own walk leaves it in (one adapter, on the file and on every object), and the
 * cache must be cleared by every change made to the model as Xtext's is, in objects added later too.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class FileCacheTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private OnChangeEvictingCache linkersCache;

	@Test
	void oneCacheServesXtextAndTheLanguage() {
		assertInstanceOf(FileCache.class, cache);
		assertSame(cache, linkersCache);
	}

	@Test
	void aLoadedFileHasTheAdapterOnEveryObjectOnce() throws IOException {
		MentorResource resource = load(example());
		CacheAdapter adapter = adapterOf(resource.eAdapters());
		assertNotNull(adapter);
		assertSame(adapter, ((FileCache) cache).getOrCreate(resource));
		List<EObject> all = new ArrayList<>();
		EcoreUtil.<EObject>getAllProperContents(resource, false).forEachRemaining(all::add);
		assertTrue(all.size() > 20, "the example has many objects: " + all.size());
		for (EObject object : all) {
			assertEquals(1, object.eAdapters().stream().filter(a -> a instanceof CacheAdapter).count(), object.toString());
			assertSame(adapter, adapterOf(object.eAdapters()), object.toString());
		}
	}

	@Test
	void aChangeDeepInTheModelClearsTheCache() throws IOException {
		MentorResource resource = load(example());
		Milestone milestone = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Milestone.class).get(0);
		AtomicInteger computed = new AtomicInteger();
		assertEquals("value", cache.get("key", resource, () -> value(computed)));
		assertEquals("value", cache.get("key", resource, () -> value(computed)));
		assertEquals(1, computed.get(), "cached");

		milestone.setTitle("Another title");
		cache.get("key", resource, () -> value(computed));
		assertEquals(2, computed.get(), "cleared by a change of a milestone's title");

		// an object added by code is followed as well: a change inside it clears the cache
		Goal goal = (Goal) milestone.eContainer();
		Milestone added = MentorFactory.eINSTANCE.createMilestone();
		goal.getMilestones().add(added);
		cache.get("key", resource, () -> value(computed));
		assertEquals(3, computed.get(), "cleared by the milestone added");
		added.setTitle("New");
		cache.get("key", resource, () -> value(computed));
		assertEquals(4, computed.get(), "cleared by a change inside the added milestone");
	}

	@Test
	void linkingAgainStillClearsAndRemakesTheProxies() throws IOException {
		MentorResource resource = load(example());
		EcoreUtil.resolveAll(resource);
		Evidence evidence = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Evidence.class).get(0);
		EObject owner = (EObject) ((InternalEObject) evidence).eGet(MentorPackage.Literals.EVIDENCE__OWNER, false);
		assertFalse(owner.eIsProxy(), "resolved");

		resource.relink(); // the same model linked again: its references are cleared first, as Xtext does
		EObject again = (EObject) ((InternalEObject) evidence).eGet(MentorPackage.Literals.EVIDENCE__OWNER, false);
		assertTrue(again.eIsProxy(), "a proxy again after relinking");
		assertSame(owner, evidence.getOwner());
	}

	@Test
	void aFullReparseGivesEveryNewObjectTheAdapter() throws IOException {
		MentorResource resource = load(example());
		CacheAdapter adapter = adapterOf(resource.eAdapters());
		resource.reparse(example().replace("milestone", "milestone"));
		EcoreUtil.getAllProperContents(resource, false).forEachRemaining(
				object -> assertSame(adapter, adapterOf(((EObject) object).eAdapters()), object.toString()));
	}

	private static String value(AtomicInteger computed) {
		computed.incrementAndGet();
		return "value";
	}

	private static CacheAdapter adapterOf(List<Adapter> adapters) {
		return (CacheAdapter) EcoreUtil.getAdapter(adapters, CacheAdapter.class);
	}

	private static String example() throws IOException {
		return Files.readString(Path.of("../examples/complete.mentor"));
	}

	private MentorResource load(String text) throws IOException {
		return TextResources.load(resourceSets.get(), URI.createURI("memory:/complete.mentor"), text);
	}
}
