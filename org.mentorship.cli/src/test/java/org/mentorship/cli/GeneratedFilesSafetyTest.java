package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mentor generate} writes only inside its output folder, both files of an agreement or neither,
 * never over a read-only file, with the permissions the umask gives, and says which file is the problem.
 */
class GeneratedFilesSafetyTest {

	@TempDir
	Path dir;

	private Path source;
	private Path out;
	private Path outside;

	@BeforeEach
	void minimalAgreementAndAFileOutsideTheOutputFolder() throws IOException {
		source = Files.copy(ValidateCommandTest.EXAMPLES.resolve("minimal.mentor"), dir.resolve("minimal.mentor"));
		out = Files.createDirectories(dir.resolve("out"));
		outside = Files.writeString(dir.resolve("precious.txt"), "not yours to overwrite");
	}

	private CliRun generate() {
		return CliRun.of("generate", ValidateCommandTest.TODAY, "--out", out.toString(), source.toString());
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aLinkToAFileOutsideIsRefusedAndItsTargetKept() throws IOException {
		Files.createSymbolicLink(out.resolve("sam-lee-2027.ics"), outside);
		CliRun run = generate();
		assertEquals(1, run.exitCode());
		assertEquals("not yours to overwrite", Files.readString(outside));
		assertTrue(run.err().contains("minimal.mentor: not generated: refused to write " + out.resolve("sam-lee-2027.ics")
				+ ": it is a symbolic link"), run.err());
		// neither half of the pair, no temporary file
		assertEquals(List.of("sam-lee-2027.ics"), names());
		assertTrue(Files.isSymbolicLink(out.resolve("sam-lee-2027.ics")));
	}

	@Test
	void aLinkToAFolderAndADanglingLinkAreRefused() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("elsewhere"));
		Files.createSymbolicLink(out.resolve("sam-lee-2027.html"), folder);
		assertEquals(1, generate().exitCode());
		assertEquals(List.of(), List.of(folder.toFile().list()));
		Files.delete(out.resolve("sam-lee-2027.html"));
		Files.createSymbolicLink(out.resolve("sam-lee-2027.html"), dir.resolve("nothing-here.html"));
		CliRun run = generate();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("symbolic link"), run.err());
		assertFalse(Files.exists(dir.resolve("nothing-here.html")));
		assertEquals(List.of("sam-lee-2027.html"), names());
	}

	@Test
	void aHardLinkIsReplacedByAFileOfItsOwn() throws IOException {
		Files.createLink(out.resolve("sam-lee-2027.ics"), outside);
		assertEquals(0, generate().exitCode());
		assertEquals("not yours to overwrite", Files.readString(outside));
		assertTrue(Files.readString(out.resolve("sam-lee-2027.ics")).startsWith("BEGIN:VCALENDAR"));
	}

	@Test
	void aReadOnlyFileIsLeftAsItIsEvenForRoot() throws IOException {
		Path html = Files.writeString(out.resolve("sam-lee-2027.html"), "kept");
		Files.setPosixFilePermissions(html, PosixFilePermissions.fromString("r--r--r--"));
		CliRun run = generate();
		assertEquals(1, run.exitCode());
		assertEquals("kept", Files.readString(html));
		assertTrue(run.err().contains("cannot write " + html + ": the file is read-only"), run.err());
		assertEquals(List.of("sam-lee-2027.html"), names(), "the calendar is not written without its summary");
	}

	@Test
	void outNamingAFileSaysSoWithoutATemporaryName() throws IOException {
		out = Files.writeString(dir.resolve("a-file"), "x");
		CliRun run = generate();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("cannot write in " + out + ": it is a file, not a folder"), run.err());
		assertFalse(run.err().contains(".tmp"), run.err());
	}

	@Test
	void aFolderThatCannotBeWrittenIsNamed() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any folder");
		Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			CliRun run = generate();
			assertEquals(1, run.exitCode());
			assertTrue(run.err().contains("cannot write in the output folder " + out + ": permission denied"), run.err());
			assertFalse(run.err().contains(".tmp"), run.err());
		} finally {
			Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void generatedFilesGetThePermissionsOfTheUmaskNewAndReplaced() throws IOException {
		String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe"))));
		assertEquals(0, generate().exitCode());
		assertEquals(0, generate().exitCode()); // the second run replaces the files
		for (String name : List.of("sam-lee-2027.html", "sam-lee-2027.ics")) {
			assertEquals(usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))), name);
			assertFalse(Files.isSymbolicLink(out.resolve(name)));
			assertTrue(Files.isRegularFile(out.resolve(name), LinkOption.NOFOLLOW_LINKS));
		}
	}
}
