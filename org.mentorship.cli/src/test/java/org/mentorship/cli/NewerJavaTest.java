package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mentor` as a process on every Java this machine has, 17 or newer (the JDK running the tests and those under
 * /usr/lib/jvm): a validate of the examples exits 0 and writes nothing to stderr but its summary line. On Java 24
 * and newer Guice's
 * generated classes made every run print warnings about sun.misc.Unsafe (MentorCli.quietGuice).
 */
class NewerJavaTest {

	private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

	private static final Pattern SUMMARY = Pattern.compile("checked \\d+ files: 0 errors, 0 warnings, 0 infos");

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> validateWritesOnlyItsSummaryToStderr() throws IOException {
		List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> found = Files.list(jvms)) {
				found.filter(home -> Files.isRegularFile(home.resolve("release")) && !Files.isSymbolicLink(home))
						.forEach(homes::add);
			}
		}
		return homes.stream().filter(home -> major(home) >= 17).distinct()
				.map(home -> DynamicTest.dynamicTest("Java " + major(home) + " at " + home, () -> validate(home)));
	}

	private void validate(Path home) throws Exception {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path stderr = temp.resolve("stderr-" + home.getFileName() + ".txt");
		Process process = new ProcessBuilder(home.resolve("bin/java").toString(), "-cp", classPath,
				MentorCli.class.getName(), "validate", "--today", "2026-12-01", ValidateCommandTest.EXAMPLES.toString())
				.redirectError(stderr.toFile()).redirectOutput(temp.resolve("stdout.txt").toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "validate ended");
		List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
		assertEquals(1, lines.size(), "stderr of Java " + major(home) + ": " + lines);
		assertTrue(SUMMARY.matcher(lines.get(0)).matches(), lines.get(0));
		assertEquals(MentorCli.OK, process.exitValue(), Files.readString(temp.resolve("stdout.txt")));
	}

	/** The feature version from the JDK's release file; 0 when it cannot be read. */
	private static int major(Path home) {
		try {
			Matcher version = VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}
