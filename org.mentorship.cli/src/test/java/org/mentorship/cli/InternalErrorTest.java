package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: one file's crash never hides another's result. A file made to crash (the test hook
 * -Dmentor.test.crash, see TestCrash) gets one finding "internal error in <phase>: ..."; the others
 * are reported as usual; the stack trace is in a log file, never on the terminal.
 */
class InternalErrorTest {

	@TempDir
	Path dir;
	@TempDir
	Path logs;

	@BeforeEach
	void logsHere() {
		System.setProperty(CliLog.DIR_PROPERTY, logs.toString());
	}

	@AfterEach
	void noCrash() {
		System.clearProperty("mentor.test.crash");
		System.clearProperty(CliLog.DIR_PROPERTY);
	}

	private void crash(String fileAndPhase) {
		System.setProperty("mentor.test.crash", fileAndPhase);
	}

	@ParameterizedTest
	@ValueSource(strings = { "parsing", "linking", "validation" })
	void validateReportsTheOtherFiles(String phase) throws IOException {
		TestFiles.write(dir, "a-valid.mentor", ValidateCommandTest.VALID);
		TestFiles.write(dir, "b-crash.mentor", ValidateCommandTest.VALID.replace("agreement a ", "agreement b "));
		TestFiles.write(dir, "c-error.mentor", ValidateCommandTest.VALID_WITH_ONE_ERROR.replace("agreement a ", "agreement c "));
		crash("b-crash.mentor:" + phase);
		CliRun run = CliRun.of("validate", ValidateCommandTest.TODAY, dir.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		List<String> lines = List.of(run.lines());
		assertEquals(2, lines.size(), run.out());
		assertTrue(lines.get(0).endsWith("b-crash.mentor:1:1: error: internal error in " + phase
				+ ": IllegalStateException: crash for a test in " + phase + "; please report it [mentor.internal]"), lines.get(0));
		assertTrue(lines.get(1).contains("c-error.mentor:2:8: error: 2030-02-30 is not a date"), lines.get(1));
		assertNoTraceButALogFile(run, "internal error in " + phase + ": IllegalStateException");
	}

	@Test
	void nothingCheckedAtAllIsExitTwo() throws IOException {
		TestFiles.write(dir, "only.mentor", ValidateCommandTest.VALID);
		crash("only.mentor:parsing");
		CliRun run = CliRun.of("validate", ValidateCommandTest.TODAY, dir.toString());
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("[mentor.internal]"), run.out());
	}

	@Test
	void generateWritesTheOthers() throws IOException {
		TestFiles.write(dir, "a.mentor", ValidateCommandTest.VALID);
		TestFiles.write(dir, "b.mentor", ValidateCommandTest.VALID.replace("agreement a ", "agreement b "));
		crash("a.mentor:generation");
		CliRun run = CliRun.of("generate", ValidateCommandTest.TODAY, "--out", dir.resolve("out").toString(), dir.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(Files.exists(dir.resolve("out/b.html")), run.err());
		assertFalse(Files.exists(dir.resolve("out/a.html")), run.err());
		assertTrue(run.err().contains("a.mentor: not generated: internal error in generation: IllegalStateException"), run.err());
		assertNoTraceButALogFile(run, "internal error in generation: IllegalStateException");
	}

	@Test
	void formatFormatsTheOthers() throws IOException {
		Path a = TestFiles.write(dir, "a.mentor", ValidateCommandTest.VALID.replace("\n  from", "\n      from"));
		Path b = TestFiles.write(dir, "b.mentor", ValidateCommandTest.VALID.replace("\n  from", "\n      from"));
		crash("a.mentor:formatting");
		CliRun run = CliRun.of("format", dir.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertEquals(ValidateCommandTest.VALID, Files.readString(b));
		assertTrue(Files.readString(a).contains("\n      from"));
		assertTrue(run.err().contains("a.mentor:1:1: cannot format: internal error in formatting"), run.err());
		assertNoTraceButALogFile(run, "internal error in formatting: IllegalStateException");
	}

	@Test
	void fixFixesTheOthers() throws IOException {
		String unsigned = ValidateCommandTest.VALID.replace("review on 2030-04-01\n", "");
		TestFiles.write(dir, "a.mentor", unsigned);
		Path b = TestFiles.write(dir, "b.mentor", unsigned.replace("agreement a ", "agreement b "));
		crash("a.mentor:fixing");
		CliRun run = CliRun.of("fix", dir.toString());
		assertTrue(Files.readString(b).contains("review on"), run.out() + run.err());
		assertTrue(run.err().contains("a.mentor: no more fixes applied: internal error in fixing"), run.err());
		assertNoTraceButALogFile(run, "internal error in fixing: IllegalStateException");
	}

	private void assertNoTraceButALogFile(CliRun run, String logged) throws IOException {
		assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), run.err());
		assertTrue(run.err().contains("details for a bug report are in " + logs), run.err());
		try (Stream<Path> files = Files.list(logs)) {
			Path log = files.findFirst().orElseThrow();
			String text = Files.readString(log);
			assertTrue(text.contains(logged) && text.contains("\tat "), text);
			assertFalse(text.contains("crash for a test"), "the log quotes no exception message: " + text);
		}
	}
}
