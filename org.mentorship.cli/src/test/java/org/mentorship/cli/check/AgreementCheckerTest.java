package org.mentorship.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.dsl.MentorStandaloneSetup;

import com.google.inject.Injector;

/** Checking on two threads finds exactly what checking on one finds, file by file, in order. */
class AgreementCheckerTest {

	static final Path EXAMPLES = Path.of(System.getProperty("mentor.examples", "../examples"));

	@TempDir
	Path dir;

	@Test
	void twoThreadsFindTheSameAsOne() throws IOException {
		List<Path> files = new ArrayList<>();
		try (var examples = Files.list(EXAMPLES)) {
			for (Path example : examples.filter(p -> p.toString().endsWith(".mentor")).sorted().toList()) {
				String text = Files.readString(example);
				for (int copy = 0; copy < 6; copy++) {
					// every copy of an agreement gets its own id; every other copy has a broken date and reference
					String variant = text.replaceFirst("agreement ([a-z0-9-]+)", "agreement $1-" + copy);
					if (copy % 2 == 1) {
						variant = variant.replaceFirst("due 2027-0(\\d)-", "due 2027-1$1-").replaceFirst("sign-off\n  (\\w+)",
								"sign-off\n  nobody");
					}
					Path file = dir.resolve(copy + "-" + example.getFileName());
					Files.writeString(file, variant);
					files.add(file);
				}
			}
		}
		files.add(Files.writeString(dir.resolve("empty.mentor"), ""));
		Injector injector = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
		Map<Path, List<Finding>> one = new AgreementChecker(injector, 1).check(files);
		Map<Path, List<Finding>> two = new AgreementChecker(injector, 2).check(files);
		assertEquals(List.copyOf(one.keySet()), List.copyOf(two.keySet()));
		for (Path file : files) {
			assertEquals(one.get(file), two.get(file), file.toString());
		}
		assertTrue(Finding.count(two, Finding.Level.ERROR) >= 10, "the broken copies must have errors");
	}
}
