package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mentor fix}: the preferred quick fix of every fixable finding, applied round by round and
 * saved; a file with a syntax error that has no certain correction is never touched. The fixes themselves are tested one by one in
 * org.mentorship.dsl.tests (QuickFixLanguageServerTest): this is about the command.
 */
class FixCommandTest {

	/** Several problems at once, among them some only fixable after others: a second and third round. */
	static final String SEVERAL_PROBLEMS = """
			// Written in a hurry: mentor fix fills in what is missing.
			agreement ada-grace "Growing into a tech lead"
			  from 2030-01-07 to 2030-06-28
			  time zone "Europe/Berln"

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			goal reviews "Lead three design reviews"
			  success at least 3 "reviews led"
			""";

	static final String SEVERAL_PROBLEMS_FIXED = """
			// Written in a hurry: mentor fix fills in what is missing.
			agreement ada-grace "Growing into a tech lead"
			  from 2030-01-07 to 2030-06-28
			  time zone "Europe/Berlin"

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			goal reviews "Lead three design reviews"
			  success at least 3 "reviews led"
			  milestone "First step" due 2030-02-07
			  evidence "what the mentee will share"

			purpose "What both of you want to achieve, and why it matters."

			cadence
			  biweekly on Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			check-in on 2030-04-03 "Recalibrate the goals: what changed?"

			retrospective every 3 months starting 2030-04-07
			  prompt "What helped you grow this period?"

			ethics
			  consent "We ask before using each other's work as an example anywhere else."
			  conflicts of interest "none declared"
			  confidentiality "What we discuss stays between us unless we both agree otherwise."

			sign-off
			  ada to sign
			  grace to sign

			review on 2030-04-07
			""";

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(dir, name, text);
	}

	@Test
	void severalProblemsAreFixedToAnExactText() throws IOException {
		Path file = write("hurry.mentor", SEVERAL_PROBLEMS);
		CliRun run = CliRun.of("fix", file.toString());
		assertEquals(SEVERAL_PROBLEMS_FIXED, Files.readString(file));
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String at = file.toAbsolutePath() + ":";
		assertEquals(List.of(
				at + "2:11: fixed: Add a purpose [mentor.missing.purpose]",
				at + "2:11: fixed: Add a cadence: biweekly for 60 minutes [mentor.missing.cadence]",
				at + "2:11: fixed: Add boundaries: reply within 2 working days [mentor.missing.boundaries]",
				at + "2:11: fixed: Add a mid-course check-in on 2030-04-03 [mentor.check-in.mid-course-missing]",
				at + "2:11: fixed: Add a retrospective every 3 months from 2030-04-07 [mentor.retrospective.missing]",
				at + "2:11: fixed: Add a confidentiality clause [mentor.ethics.no-confidentiality]",
				at + "2:11: fixed: Add a sign-off [mentor.missing.sign-off]",
				at + "2:11: fixed: Add a review on 2030-04-07 [mentor.missing.review]",
				at + "4:13: fixed: Use the time zone \"Europe/Berlin\" [mentor.time-zone.unknown]",
				at + "9:6: fixed: Add a milestone due 2030-02-07 [mentor.goal.no-milestone]",
				at + "9:6: fixed: Add evidence the mentee will share [mentor.goal.no-evidence]",
				// second round: the ethics section exists now
				at + "27:1: fixed: Add a consent clause [mentor.ethics.no-consent]",
				at + "27:1: fixed: Add conflicts of interest: none declared [mentor.ethics.no-conflict-of-interest]",
				// what is left has no fix: the parties' own words (issue 12: no fix writes a person)
				at + "6:8: info: Say how much time ada can give, so the cadence can be checked against it, e.g. in"
						+ " resources: ada offers 3 hours per month. [mentor.budget.missing]",
				at + "33:3: info: ada has not signed yet. [mentor.sign-off.not-signed]",
				at + "34:3: info: grace has not signed yet. [mentor.sign-off.not-signed]"),
				List.of(run.lines()));
		assertEquals("fixed 13 findings in 1 of 1 file; left: 0 errors, 0 warnings, 3 infos" + System.lineSeparator(),
				run.err());
		assertEquals(0, CliRun.of("validate", file.toString()).exitCode());
	}

	/**
	 * A misspelled programme default ("like standrad") is one linking error, not also a missing response
	 * time or confidentiality that the fix would add: once the typo is corrected, the
	 * default's clauses count, and the agreement would say them twice.
	 */
	@Test
	void noFixActsOnWhatAnUnresolvedReferenceMayHold() throws IOException {
		write("programme.mentor", """
				programme p "P"

				boundaries standard
				  reply within 3 working days on "e-mail"

				ethics standard
				  confidentiality "What we discuss stays between us."
				  consent "Ada asks before sharing Grace's work."
				  conflicts of interest "none declared"
				""");
		String agreement = ValidateCommandTest.VALID.replace("  time zone \"Europe/Berlin\"\n",
				"  time zone \"Europe/Berlin\"\n  programme p\n")
				.replace("boundaries\n  reply within 2 working days on \"e-mail\"\n", "boundaries like standrad\n")
				.replace("ethics\n  confidentiality \"What we discuss stays between us.\"\n"
						+ "  consent \"Ada asks before sharing Grace's work.\"\n  conflicts of interest \"none declared\"\n",
						"ethics like standrd\n");
		assertTrue(agreement.contains("like standrad") && agreement.contains("like standrd"));
		Path file = write("a.mentor", agreement);
		CliRun run = CliRun.of("fix", dir.toString());
		// the only fixes are the references themselves (the one close name): nothing is added behind them, so the
		// defaults of the programme count and the agreement has one reply time
		String corrected = agreement.replace("standrad", "standard").replace("standrd", "standard");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(corrected, Files.readString(file), run.out());
		List<String> fixes = Stream.of(run.lines()).filter(l -> l.startsWith(file.toAbsolutePath() + ":"))
				.map(l -> l.substring(l.indexOf(": fixed: ") + 9)).toList();
		assertEquals(List.of("Change to standard [mentor.unresolved-reference]", "Change to standard [mentor.unresolved-reference]"),
				fixes, run.out());
		CliRun again = CliRun.of("fix", dir.toString());
		assertEquals(0, again.exitCode(), again.out() + again.err());
		assertFalse(again.out().contains(": fixed: "), again.out());
	}

	@Test
	void aSyntaxErrorWithAFixIsFixedAndThenTheRest() throws IOException {
		// "(fix available)" on the syntax error in mentor validate, and mentor fix said "left unchanged: it has syntax
		// errors": now its correction (3 for "three") is applied first, then the other fixes as in any file
		Path file = write("slip.mentor", SEVERAL_PROBLEMS.replace("success at least 3", "success at least three"));
		CliRun run = CliRun.of("fix", file.toString());
		assertEquals(SEVERAL_PROBLEMS_FIXED, Files.readString(file), run.out() + run.err());
		assertTrue(run.out().contains(": fixed: Write 3 instead of three [mentor.syntax]"), run.out());
		assertFalse(run.err().contains("syntax errors"), run.err());
	}

	@Test
	void aFileWithASyntaxErrorIsLeftByteIdentical() throws IOException {
		// a number is expected here: no correction is certain, so nothing of the file is fixed
		Path file = write("broken.mentor", SEVERAL_PROBLEMS.replace("success at least 3", "success at least many"));
		byte[] before = Files.readAllBytes(file);
		CliRun run = CliRun.of("fix", file.toString());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(1, run.exitCode());
		assertFalse(run.out().contains(": fixed: "), run.out());
		assertTrue(run.out().contains(": error: "), run.out());
		assertTrue(run.err().contains("broken.mentor was left unchanged: it has syntax errors; correct them first"),
				run.err());
		assertTrue(run.err().contains("fixed 0 findings in 0 of 1 file"), run.err());
	}

	@Test
	void otherFilesAreFixedWhenOneHasASyntaxError() throws IOException {
		Path broken = write("broken.mentor", "agreement a \"A\"\n  from 2030-01-07 to\n");
		byte[] before = Files.readAllBytes(broken);
		Path good = write("good.mentor", ValidateCommandTest.VALID.replace("review on 2030-04-01", "review on 2030-06-01"));
		CliRun run = CliRun.of("fix", dir.toString());
		assertArrayEquals(before, Files.readAllBytes(broken));
		assertEquals(ValidateCommandTest.VALID.replace("review on 2030-04-01", "review on 2030-05-01"),
				Files.readString(good));
		assertEquals(1, run.exitCode(), "the syntax error is left");
	}

	@Test
	void nothingToFixChangesNothing() throws IOException {
		Path file = write("valid.mentor", ValidateCommandTest.VALID);
		CliRun run = CliRun.of("fix", file.toString());
		assertEquals(0, run.exitCode());
		assertEquals("", run.out());
		// issue 12: each file left alone is named, with the reason
		assertEquals("mentor: " + file + " was left unchanged: nothing to fix" + System.lineSeparator()
				+ "fixed 0 findings in 0 of 1 file; left: 0 errors, 0 warnings, 0 infos" + System.lineSeparator(), run.err());
		assertEquals(ValidateCommandTest.VALID, Files.readString(file));
	}

	@Test
	void errorsWithoutAFixAreLeftAndExitOne() throws IOException {
		Path file = write("bad.mentor", ValidateCommandTest.VALID_WITH_ONE_ERROR.replace("review on 2030-04-01", "review on 2030-06-01"));
		CliRun run = CliRun.of("fix", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(List.of(file.toAbsolutePath() + ":33:11: fixed: Move the review to 2030-05-01 [mentor.review.after-end]",
				file.toAbsolutePath() + ":2:8: error: 2030-02-30 is not a date: February 2030 has 28 days. [mentor.date.format]"),
				List.of(run.lines()));
		assertEquals(ValidateCommandTest.VALID_WITH_ONE_ERROR.replace("review on 2030-04-01", "review on 2030-05-01"),
				Files.readString(file));
	}

	@Test
	void windowsLineBreaksStayWindowsLineBreaks() throws IOException {
		String crlf = SEVERAL_PROBLEMS.replace("\n", "\r\n");
		Path file = write("windows.mentor", crlf);
		assertEquals(0, CliRun.of("fix", file.toString()).exitCode());
		assertEquals(SEVERAL_PROBLEMS_FIXED.replace("\n", "\r\n"), Files.readString(file));
	}

	@Test
	void theFileKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path file = write("shared.mentor", SEVERAL_PROBLEMS);
		Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, permissions);
		assertEquals(0, CliRun.of("fix", file.toString()).exitCode());
		assertEquals(permissions, Files.getPosixFilePermissions(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void aFolderThatCannotBeWrittenIsAnIoProblem() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path folder = Files.createDirectory(dir.resolve("read-only"));
		Path file = folder.resolve("a.mentor");
		Files.writeString(file, SEVERAL_PROBLEMS);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assumeTrue(!Files.isWritable(folder), "running as a user who may write anyway (root)");
			CliRun run = CliRun.of("fix", file.toString());
			assertEquals(2, run.exitCode());
			assertTrue(run.err().contains("mentor: cannot write "), run.err());
			assertEquals(SEVERAL_PROBLEMS, Files.readString(file));
		} finally {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void usageMistakesExitTwo() {
		assertTrue(CliRun.of("--help").out().contains("fix"));
		assertTrue(CliRun.of("fix", "--help").out().contains("preferred quick fix"));
		assertEquals(2, CliRun.of("fix").exitCode());
		CliRun missing = CliRun.of("fix", dir.resolve("nope.mentor").toString());
		assertEquals(2, missing.exitCode());
		assertEquals("mentor: no such file or folder: " + dir.resolve("nope.mentor") + System.lineSeparator(),
				missing.err());
	}
}
