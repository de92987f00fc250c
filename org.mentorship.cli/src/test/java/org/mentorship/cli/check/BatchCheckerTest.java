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

	@Test
	void finishedBatchesAreLetGo() throws IOException {
		List<Path> files = crossReferencingFolder();
		List<WeakReference<Resource>> models = new ArrayList<>();
		AtomicInteger batches = new AtomicInteger();
		AtomicInteger largest = new AtomicInteger();
		new BatchChecker(injector, 2, 4, set -> {
			batches.incrementAndGet();
			largest.accumulateAndGet(set.getResources().size(), Math::max);
			synchronized (models) {
				set.getResources().forEach(r -> models.add(new WeakReference<>(r)));
			}
		}).check(files, AgreementChecker.Progress.NONE);
		// the first file alone, then batches of 4
		assertEquals(1 + (files.size() - 1 + 3) / 4, batches.get());
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
