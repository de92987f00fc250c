package org.mentorship.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.cli.check.AgreementChecker.Source;
import org.mentorship.dsl.ide.MentorIdeSetup;
import org.mentorship.dsl.mentor.MentorPackage;

import com.google.inject.Injector;

/**
 * The run's compact index answers every question as Xtext's ResourceDescriptionsData built from the same files in
 * the same order does (what mentor validate used before), and the compact copy of a file's names describes them as
 * its live model did.
 */
class NameTableTest {

	private static Injector injector;

	@TempDir
	Path dir;

	@BeforeAll
	static void language() {
		injector = new MentorIdeSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void aCopyDescribesWhatTheModelExports() throws Exception {
		for (Path example : examples()) {
			IResourceDescription live = describe(example, new XtextResourceSet[1]);
			ExportedNames copy = ExportedNames.copyOf(example, live);
			assertEquals(live.getURI(), copy.getURI());
			List<IEObjectDescription> expected = list(live.getExportedObjects());
			List<IEObjectDescription> copied = list(copy.getExportedObjects());
			assertEquals(expected.size(), copied.size(), example.toString());
			assertTrue(expected.size() >= 3, "names of " + example);
			for (int i = 0; i < expected.size(); i++) {
				assertEquals(expected.get(i).getName(), copied.get(i).getName());
				assertEquals(expected.get(i).getEClass(), copied.get(i).getEClass());
				assertEquals(expected.get(i).getEObjectURI(), copied.get(i).getEObjectURI());
				assertEquals(List.of(expected.get(i).getUserDataKeys()), List.of(copied.get(i).getUserDataKeys()));
				assertTrue(copied.get(i).getEObjectOrProxy().eIsProxy());
			}
		}
	}

	/**
	 * Files added in any order (as the threads of step 1 add them): once all are in, every look-up, by name in
	 * either case, by type, by URI, and the list of files, equals ResourceDescriptionsData's over the same files.
	 */
	@Test
	void answersAsXtextsIndexDoes() throws Exception {
		List<ExportedNames> files = new ArrayList<>();
		String minimal = Files.readString(BatchCheckerTest.EXAMPLES.resolve("minimal.mentor"));
		for (Path example : examples()) {
			files.add(ExportedNames.copyOf(example, describe(example, new XtextResourceSet[1])));
		}
		// the same ids and names in several files, and a name in another case
		for (int n = 0; n < 5; n++) {
			Path copy = Files.writeString(dir.resolve("copy-" + n + ".mentor"), n == 3 ? minimal.replace("sam-lee-2027", "SAM-Lee-2027") : minimal);
			files.add(ExportedNames.copyOf(copy, describe(copy, new XtextResourceSet[1])));
		}
		NameTable table = new NameTable(files.size());
		for (int i = files.size() - 1; i >= 0; i -= 2) {
			table.add(i, files.get(i));
		}
		for (int i = files.size() % 2 == 0 ? 0 : 1; i < files.size(); i += 2) {
			table.add(i, files.get(i));
		}
		ResourceDescriptionsData xtext = new ResourceDescriptionsData(List.copyOf(files));
		TableIndex index = new TableIndex(table);

		List<QualifiedName> asked = new ArrayList<>();
		for (ExportedNames file : files) {
			for (IEObjectDescription name : file.getExportedObjects()) {
				asked.add(name.getName());
				asked.add(QualifiedName.create(name.getName().toString().toUpperCase()));
			}
		}
		asked.add(QualifiedName.create("declared-nowhere"));
		List<EClass> types = List.of(EcorePackage.Literals.EOBJECT, MentorPackage.Literals.DOCUMENT, MentorPackage.Literals.PARTY);
		int several = 0;
		for (QualifiedName name : asked) {
			for (EClass type : types) {
				for (boolean ignoreCase : new boolean[] { false, true }) {
					List<IEObjectDescription> expected = list(xtext.getExportedObjects(type, name, ignoreCase));
					assertEquals(expected, list(index.getExportedObjects(type, name, ignoreCase)), name + " " + type.getName() + " " + ignoreCase);
					several += expected.size() > 1 ? 1 : 0;
				}
			}
		}
		assertTrue(several > 0, "names found in several files, whose order counts");
		for (EClass type : types) {
			assertEquals(list(xtext.getExportedObjectsByType(type)), list(index.getExportedObjectsByType(type)));
		}
		assertEquals(list(xtext.getExportedObjects()), list(index.getExportedObjects()));
		assertEquals(List.copyOf(xtext.getAllURIs()), List.copyOf(index.getAllURIs()));
		assertEquals(list(xtext.getAllResourceDescriptions()), list(index.getAllResourceDescriptions()));
		for (ExportedNames file : files) {
			assertSame(file, index.getResourceDescription(file.getURI()));
			assertTrue(index.getAllURIs().contains(file.getURI()));
		}
		assertNull(index.getResourceDescription(ExportedNames.uriOf(dir.resolve("not-indexed.mentor"))));
		assertEquals(files.size(), table.size());
	}

	/** Names whose lower-case forms have the same hash share a chain: each is found alone. */
	@Test
	void namesWithTheSameHashAreTold() throws Exception {
		String[] same = sameHash();
		String minimal = Files.readString(BatchCheckerTest.EXAMPLES.resolve("minimal.mentor"));
		NameTable table = new NameTable(2);
		for (int i = 0; i < 2; i++) {
			Path file = Files.writeString(dir.resolve("f" + i + ".mentor"), minimal.replace("sam-lee-2027", same[i]));
			table.add(i, ExportedNames.copyOf(file, describe(file, new XtextResourceSet[1])));
		}
		for (int i = 0; i < 2; i++) {
			long[] found = table.find(MentorPackage.Literals.DOCUMENT, QualifiedName.create(same[i]), false);
			assertEquals(1, found.length, same[i]);
			assertEquals(i, (int) (found[0] >>> 32));
			assertEquals(QualifiedName.create(same[i]), table.described(found).get(0).getName());
		}
	}

	/** Two different ids of the agreement grammar whose qualified names have the same hash. */
	private static String[] sameHash() {
		java.util.Map<Integer, String> seen = new java.util.HashMap<>();
		String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
		for (char a : letters.toCharArray()) {
			for (char b : letters.toCharArray()) {
				for (char c : letters.toCharArray()) {
					String id = "id-" + a + b + c;
					String earlier = seen.putIfAbsent(QualifiedName.create(id).hashCode(), id);
					if (earlier != null) {
						return new String[] { earlier, id };
					}
				}
			}
		}
		throw new AssertionError("no two ids with the same hash");
	}

	private static IResourceDescription describe(Path file, XtextResourceSet[] set) throws Exception {
		set[0] = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = AgreementChecker.load(Source.of(file, Files.readString(file)), set[0]);
		IResourceDescription description = injector.getInstance(IResourceDescription.Manager.class).getResourceDescription(resource);
		assertNotNull(description);
		return description;
	}

	private static List<Path> examples() throws IOException {
		try (var list = Files.list(BatchCheckerTest.EXAMPLES)) {
			return list.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
	}

	private static <T> List<T> list(Iterable<T> items) {
		return StreamSupport.stream(items.spliterator(), false).toList();
	}
}
