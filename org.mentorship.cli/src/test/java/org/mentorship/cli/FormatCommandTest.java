package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mentor format}: rewriting, --check, files that cannot be formatted, and what is left untouched. */
class FormatCommandTest {

	static final Path EXAMPLES = ValidateCommandTest.EXAMPLES;

	static final String MESSY = "agreement   a-2027 \"A\"  from 2027 - 01 - 11 to 2027-04-09\n"
			+ "mentor ada \"Ada\"   mentee grace \"Grace\"\n"
			+ "\tgoal g \"G\" milestone \"m\" due 2027-02-01   // soon\n"
			+ "\n\n\n"
			+ "cadence weekly on Friday at 14:00 for 45 minutes agenda \"questions\" ,\"news\"\n"
			+ "sign-off ada signed on 2027-01-11 grace to sign";

	static final String FORMATTED = """
			agreement a-2027 "A"
			  from 2027-01-11 to 2027-04-09

			mentor ada "Ada"
			mentee grace "Grace"

			goal g "G"
			  milestone "m" due 2027-02-01 // soon

			cadence
			  weekly on Friday at 14:00 for 45 minutes
			  agenda "questions", "news"

			sign-off
			  ada signed on 2027-01-11
			  grace to sign
			""";

	/** Line 2 has a number where the text of the purpose should be. */
	static final String SYNTAX_ERROR = "agreement   a \"A\"\npurpose 42\n";

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(dir, name, text);
	}

	@Test
	void rewritesAMessyFileInTheHouseStyle() throws IOException {
		Path file = write("messy.mentor", MESSY);
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(FORMATTED, Files.readString(file));
		assertEquals("", run.out());
		assertEquals(lines("formatted " + file, "formatted 1 file, 0 already formatted"), run.err());
		assertEquals(List.of(file), filesIn(dir), "no temporary file may be left behind");
	}

	@Test
	void spacesPastedFromAWordProcessorBecomePlainSpaces() throws IOException {
		// a no-break space between two words: the language reads it as a blank, and the check that formatting changed
		// only whitespace must too (it compared without \s only, so such a file could not be formatted)
		String pasted = FORMATTED.replaceFirst("mentor ", "mentor\u00A0");
		assertTrue(!pasted.equals(FORMATTED), "the test must paste a no-break space");
		Path file = write("pasted.mentor", pasted);
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(FORMATTED, Files.readString(file));
	}

	@Test
	void aFormattedFileIsNotRewritten() throws IOException {
		Path file = write("clean.mentor", FORMATTED);
		FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
		Files.setLastModifiedTime(file, old);
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(old, Files.getLastModifiedTime(file));
		assertEquals(lines("formatted 0 files, 1 already formatted"), run.err());
	}

	@Test
	void foldersAreSearchedAndOnlyChangedFilesAreReported() throws IOException {
		Path messy = write("team/a/messy.mentor", MESSY);
		Path clean = write("team/b/clean.mentor", FORMATTED);
		CliRun run = CliRun.of("format", dir.resolve("team").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(FORMATTED, Files.readString(messy));
		assertEquals(FORMATTED, Files.readString(clean));
		assertEquals(lines("formatted " + messy, "formatted 1 file, 1 already formatted"), run.err());
	}

	@Test
	void permissionsAreKept() throws IOException {
		Path file = write("script.mentor", MESSY);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
		assertEquals(0, CliRun.of("format", file.toString()).exitCode());
		assertEquals(FORMATTED, Files.readString(file));
		assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aSymbolicLinkStaysALink() throws IOException {
		Path target = write("real/agreement.mentor", MESSY);
		Path link = Files.createSymbolicLink(dir.resolve("link.mentor"), target);
		assertEquals(0, CliRun.of("format", link.toString()).exitCode());
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(FORMATTED, Files.readString(target));
	}

	@Test
	void checkReportsWhatWouldChangeAndTouchesNothing() throws IOException {
		Path messy = write("messy.mentor", MESSY);
		Path clean = write("clean.mentor", FORMATTED);
		FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
		Files.setLastModifiedTime(messy, old);

		CliRun dirty = CliRun.of("format", "--check", dir.toString());
		assertEquals(1, dirty.exitCode(), dirty.err());
		assertEquals(lines(messy + ": would be reformatted"), dirty.out());
		assertEquals(lines("1 file would be reformatted, 1 already formatted"), dirty.err());
		assertEquals(MESSY, Files.readString(messy));
		assertEquals(old, Files.getLastModifiedTime(messy));

		CliRun onlyClean = CliRun.of("format", "--check", clean.toString());
		assertEquals(0, onlyClean.exitCode(), onlyClean.err());
		assertEquals("", onlyClean.out());
		assertEquals(lines("0 files would be reformatted, 1 already formatted"), onlyClean.err());
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftByteForByte() throws IOException {
		Path broken = write("broken.mentor", SYNTAX_ERROR);
		Path messy = write("messy.mentor", MESSY);
		byte[] before = Files.readAllBytes(broken);
		CliRun run = CliRun.of("format", dir.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertArrayEquals(before, Files.readAllBytes(broken));
		assertEquals(FORMATTED, Files.readString(messy), "the other files are still formatted");
		assertEquals(lines(broken + ":2:9: cannot format: it has syntax errors", "formatted " + messy,
				"formatted 1 file, 0 already formatted, 1 could not be formatted"), run.err());

		CliRun check = CliRun.of("format", "--check", broken.toString());
		assertEquals(1, check.exitCode());
		assertEquals("", check.out());
		assertArrayEquals(before, Files.readAllBytes(broken));
	}

	@Test
	void binaryAndNonUtf8FilesAreNotFormatted() throws IOException {
		Path binary = dir.resolve("photo.mentor");
		Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 });
		Path latin1 = dir.resolve("latin1.mentor");
		Files.write(latin1, "agreement a \"Caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
		CliRun run = CliRun.of("format", binary.toString(), latin1.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains(binary + ":1:1: cannot format: this is not a text file"), run.err());
		assertTrue(run.err().contains(latin1 + ":1:1: cannot format: this file is not UTF-8 text"), run.err());
	}

	@Test
	void aFormattedFileWithAUtf8ByteOrderMarkIsFormattedAlreadyAndKeepsIt() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = Files.readAllBytes(EXAMPLES.resolve("minimal.mentor"));
		byte[] both = java.util.Arrays.copyOf(bom, bom.length + text.length);
		System.arraycopy(text, 0, both, bom.length, text.length);
		Path file = Files.write(dir.resolve("notepad.mentor"), both);
		CliRun run = CliRun.of("format", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertArrayEquals(both, Files.readAllBytes(file));
	}

	@Test
	void theExamplesAreFormattedAlready() {
		CliRun run = CliRun.of("format", "--check", EXAMPLES.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals("", run.out());
		assertEquals(lines("0 files would be reformatted, 5 already formatted"), run.err());
	}

	@Test
	void usageAndInputProblemsExitTwo() {
		CliRun missing = CliRun.of("format", dir.resolve("nope.mentor").toString());
		assertEquals(2, missing.exitCode());
		assertEquals(lines("mentor: no such file or folder: " + dir.resolve("nope.mentor")), missing.err());
		for (String[] args : new String[][] { { "format" }, { "format", "--check" }, { "format", "--fix", "a.mentor" } }) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.exitCode(), String.join(" ", args));
			assertFalse(run.err().contains("Exception"), run.err());
		}
		assertTrue(CliRun.of("--help").out().contains("format"));
		assertTrue(CliRun.of("format", "--help").out().contains("--check"));
	}

	private static String lines(String... lines) {
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
