package org.mentorship.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorship.dsl.ide.MentorIdeSetup;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Injector;

/**
 * mentor validate checks in batches against an index of names (BatchChecker); it must report exactly what
 * checking all files in one resource set (AgreementChecker) reports, file by file, finding by finding, and let
 * go of each batch's models.
 */
class BatchCheckerTest {

	static final Path EXAMPLES = Path.of(System.getProperty("mentor.examples", "../examples"));

	private static Injector injector;

	@TempDir
	Path dir;

	@BeforeAll
	static void language() {
		injector = new MentorIdeSetup().createInjectorAndDoEMFRegistration();
	}

	@ParameterizedTest(name = "{0} threads, batches of {1}")
	@CsvSource({ "1,1", "1,3", "2,2", "2,7", "2,1000" })
	void findsWhatOneResourceSetFinds(int threads, int batchSize) throws IOException {
		List<Path> files = crossReferencingFolder();
		Map<Path, List<Finding>> expected = new AgreementChecker(injector, 1).check(files);
		BatchChecker.Result batched = new BatchChecker(injector, threads, batchSize, set -> {
		}).check(files, AgreementChecker.Progress.NONE);
		assertEquals(List.copyOf(expected.keySet()), List.copyOf(batched.findings().keySet()));
		for (Path file : files) {
			assertEquals(expected.get(file), batched.findings().get(file), file.getFileName().toString());
		}
		assertEquals(0, batched.crashed());
		// the folder exercises what crosses files: otherwise the comparison would prove little
		assertTrue(files(expected, IssueCodes.DUPLICATE_ID) >= 6, "duplicate ids in several batches");
		assertTrue(files(expected, IssueCodes.UNRESOLVED_REFERENCE) >= 6, "unknown names");
		assertTrue(expected.values().stream().flatMap(List::stream).anyMatch(f -> f.message().contains("Did you mean")),
				"suggestions from the names of other files");
		assertTrue(expected.values().stream().flatMap(List::stream)
				.anyMatch(f -> IssueCodes.JARGON.equals(f.code()) && f.level() == Finding.Level.ERROR),
				"a programme's severity over its agreements");
		assertTrue(files(expected, FileProblems.EMPTY) == 1 && files(expected, FileProblems.BINARY) == 1);
	}

	@Test
	void examplesAsOneResourceSet() throws IOException {
		List<Path> files;
		try (var list = Files.list(EXAMPLES)) {
			files = list.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		Map<Path, List<Finding>> expected = new AgreementChecker(injector, 1).check(files);
		assertEquals(expected, new BatchChecker(injector, 2, 2, set -> {
		}).check(files, AgreementChecker.Progress.NONE).findings());
	}

	/**
	 * Files whose findings depend on files that come after them: step 1 checks each against the names indexed so far,
	 * so these must be checked again (and only these, and the files after them in their batch), or the run would
	 * miss the duplicate id, take the wrong programme's defaults and severities, or suggest nothing.
	 */
	@ParameterizedTest(name = "{0} threads, batches of {1}")
	@CsvSource({ "1,1", "1,3", "2,1", "2,4", "2,1000" })
	void aLaterFileChangesTheFindingsOfAnEarlierOne(int threads, int batchSize) throws IOException {
		String programme = Files.readString(EXAMPLES.resolve("programme-women-in-tech.mentor"))
				+ "\nseverity \"mentor.plain.jargon\" is error\n";
		String agreement = Files.readString(EXAMPLES.resolve("programme-agreement.mentor"))
				.replace("Olu wants to move", "Olu wants to leverage synergies and move");
		String minimal = Files.readString(EXAMPLES.resolve("minimal.mentor"));
		List<Path> files = new ArrayList<>();
		// a-: the programme's agreement (its defaults and the jargon severity come from z-programme)
		files.add(Files.writeString(dir.resolve("a-agreement.mentor"), agreement));
		// b-: the programme's id misspelt: "Did you mean" names the programme of z-programme
		files.add(Files.writeString(dir.resolve("b-misspelt.mentor"),
				agreement.replace("programme women-in-tech-2027", "programme women-in-tech-2072").replace("nadia-olu-2027", "misspelt")));
		// c- and y-: one id in two files, the second much later
		files.add(Files.writeString(dir.resolve("c-first.mentor"), minimal));
		for (int n = 0; n < 12; n++) {
			files.add(Files.writeString(dir.resolve(String.format("m-%02d.mentor", n)), minimal.replace("sam-lee-2027", "own-id-" + n)));
		}
		files.add(Files.writeString(dir.resolve("y-second.mentor"), minimal));
		files.add(Files.writeString(dir.resolve("z-programme.mentor"), programme));
		files = files.stream().sorted().toList();

		Map<Path, List<Finding>> expected = new AgreementChecker(injector, 1).check(files);
		BatchChecker.Result batched = new BatchChecker(injector, threads, batchSize, set -> {
		}).check(files, AgreementChecker.Progress.NONE);
		for (Path file : files) {
			assertEquals(expected.get(file), batched.findings().get(file), file.getFileName().toString());
		}
		// what the later files change, so that the comparison above proves it
		Path a = dir.resolve("a-agreement.mentor");
		assertTrue(expected.get(a).stream().anyMatch(f -> IssueCodes.JARGON.equals(f.code()) && f.level() == Finding.Level.ERROR),
				"the later programme's severity: " + expected.get(a));
		assertTrue(expected.get(a).stream().noneMatch(f -> IssueCodes.UNRESOLVED_REFERENCE.equals(f.code())), expected.get(a).toString());
		assertTrue(expected.get(dir.resolve("b-misspelt.mentor")).stream().anyMatch(f -> f.message().contains("women-in-tech-2027")),
				"a suggestion from the later programme");
		assertTrue(expected.get(dir.resolve("c-first.mentor")).stream().anyMatch(f -> IssueCodes.DUPLICATE_ID.equals(f.code())),
				"the id used again later");
		// parsed once: with batches of one file, only the three files that depend on later ones are checked again
		// (with two threads y- may be indexed before c- is checked: then c- is right the first time)
		if (batchSize == 1 && threads == 1) {
			assertEquals(3, batched.checkedAgain());
		} else if (batchSize == 1) {
			assertTrue(batched.checkedAgain() >= 2 && batched.checkedAgain() <= 3, "checked again: " + batched.checkedAgain());
		}
		assertTrue(batched.checkedAgain() < files.size(), "checked again: " + batched.checkedAgain());
	}

	/**
	 * Files that refer to no other file, with their own ids: each is read and parsed once, the first too, which step 1
	 * checks alone, before any other file is indexed: the other files are asked only for a name the file does not
	 * declare itself (ScopePerReferenceType; Xtext's scope asked how many files there were at every reference).
	 */
	@ParameterizedTest(name = "{0} threads")
	@CsvSource({ "1", "2" })
	void independentFilesAreParsedOnce(int threads) throws IOException {
		String minimal = Files.readString(EXAMPLES.resolve("minimal.mentor"));
		List<Path> files = new ArrayList<>();
		for (int n = 0; n < 40; n++) {
			String text = minimal.replace("sam-lee-2027", "own-id-" + n);
			// some with findings of their own (a wrong date, a name declared nowhere but close to one)
			text = n % 5 == 1 ? text.replace("due 2027-02-01", "due 2027-02-30") : text;
			files.add(Files.writeString(dir.resolve(String.format("m-%02d.mentor", n)), text));
		}
		Map<Path, List<Finding>> expected = new AgreementChecker(injector, 1).check(files);
		BatchChecker.Result batched = new BatchChecker(injector, threads, 7, set -> {
		}).check(files, AgreementChecker.Progress.NONE);
		assertEquals(expected, batched.findings());
		assertTrue(expected.values().stream().anyMatch(list -> !list.isEmpty()), "some findings");
		assertEquals(0, batched.checkedAgain());
	}

	@Test
	void finishedBatchesAreLetGo() throws IOException {
		List<Path> files = crossReferencingFolder();
		List<WeakReference<Resource>> models = new ArrayList<>();
		AtomicInteger batches = new AtomicInteger();
		AtomicInteger largest = new AtomicInteger();
		BatchChecker.Result result = new BatchChecker(injector, 2, 4, set -> {
			batches.incrementAndGet();
			largest.accumulateAndGet(set.getResources().size(), Math::max);
			synchronized (models) {
				set.getResources().forEach(r -> models.add(new WeakReference<>(r)));
			}
		}).check(files, AgreementChecker.Progress.NONE);
		// step 1: the first file alone, then batches of 4; step 2: the files checked again, in batches of 4
		assertEquals(1 + (files.size() - 1 + 3) / 4 + (result.checkedAgain() + 3) / 4, batches.get());
		// a batch's own files and at most the three programme files its agreements name
		assertTrue(largest.get() <= 4 + 3, "largest batch: " + largest.get());
		assertTrue(models.size() >= files.size() - 2, "every file that parses was loaded: " + models.size());
		for (int i = 0; i < 50 && models.stream().anyMatch(m -> m.get() != null); i++) {
			System.gc();
			sleep();
		}
		assertEquals(0, models.stream().filter(m -> m.get() != null).count(), "models still referenced after the run");
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static long files(Map<Path, List<Finding>> findings, String code) {
		return findings.values().stream().filter(list -> list.stream().anyMatch(f -> code.equals(f.code()))).count();
	}

	/**
	 * Agreements of a programme whose file sorts last (so most batches load it on demand), and a second file with
	 * the same programme id but other severities (which one a reference finds depends on the order of the index);
	 * duplicate agreement ids in distant files, unknown names close to known ones, wrong dates, a syntax error, an
	 * empty and a binary file, and the other examples.
	 */
	private List<Path> crossReferencingFolder() throws IOException {
		List<Path> files = new ArrayList<>();
		String programme = Files.readString(EXAMPLES.resolve("programme-women-in-tech.mentor"));
		files.add(Files.writeString(dir.resolve("zz-programme.mentor"), programme + "\nseverity \"mentor.plain.jargon\" is warning\n"));
		// found first for the programme's id: its severity holds for the agreements (the other file's if the order were lost)
		files.add(Files.writeString(dir.resolve("b-programme-copy.mentor"), programme.replace("cadence monthly-default", "cadence monthly")
				+ "\nseverity \"mentor.plain.jargon\" is error\n"));
		files.add(Files.writeString(dir.resolve("other-programme.mentor"), programme.replace("women-in-tech-2027", "women-in-tech-2028")
				+ "\nseverity \"mentor.plain.jargon\" is warning\n"));
		String agreement = Files.readString(EXAMPLES.resolve("programme-agreement.mentor"));
		for (int n = 0; n < 30; n++) {
			String text = switch (n % 6) {
			case 1 -> agreement.replace("Olu wants to move", "Olu wants to leverage synergies and move");
			case 2 -> agreement.replace("programme women-in-tech-2027", "programme women-in-tech-2072");
			case 3 -> agreement; // the same id in five files
			case 4 -> agreement.replace("due 2027-02-16", "due 2027-02-30").replace("nadia signed", "nadai signed");
			case 5 -> agreement.replace("programme women-in-tech-2027", "programme women-in-tech-2028")
					.replace("Olu wants to move", "Olu wants to leverage synergies and move");
			default -> agreement.replace("cadence like monthly-default", "cadence like monthly");
			};
			String id = n % 6 == 3 ? "nadia-olu-2027" : "nadia-olu-" + n;
			files.add(Files.writeString(dir.resolve(String.format("a-%02d.mentor", n)), text.replace("nadia-olu-2027", id)));
		}
		try (var examples = Files.list(EXAMPLES)) {
			for (Path example : examples.filter(p -> p.toString().endsWith(".mentor")).toList()) {
				files.add(Files.copy(example, dir.resolve("m-" + example.getFileName())));
			}
		}
		files.add(Files.writeString(dir.resolve("c-syntax.mentor"), "agreement broken \"B\"\n  from 2027-01-11 to\nmentor \"x\n"));
		files.add(Files.writeString(dir.resolve("d-empty.mentor"), ""));
		files.add(Files.write(dir.resolve("e-binary.mentor"), new byte[] { 'a', 0, 'b' }));
		return files.stream().sorted().toList();
	}
}
