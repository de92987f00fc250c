package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.cli.io.OutputFolder;

/** {@code mentor generate}: which files, where, and what happens when something goes wrong. */
class GenerateCommandTest {

	static final Path EXAMPLES = ValidateCommandTest.EXAMPLES;
	static final String TODAY = ValidateCommandTest.TODAY;

	@TempDir
	Path dir;

	private Path copyExamples() throws IOException {
		Path copy = Files.createDirectories(dir.resolve("agreements"));
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".mentor")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void everyAgreementGetsItsSummaryAndCalendarInGeneratedBesideTheSources() throws IOException {
		Path agreements = copyExamples();
		CliRun run = CliRun.of("generate", TODAY, agreements.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("ada-grace-2027.html", "ada-grace-2027.ics", "nadia-olu-2027.html", "nadia-olu-2027.ics",
				"platform-rotation-2027.html", "platform-rotation-2027.ics", "sam-lee-2027.html", "sam-lee-2027.ics"),
				names(agreements.resolve("generated")));
		assertTrue(run.err().contains("generated 8 files in "), run.err());
		assertEquals("", run.out());
		// the sources are untouched
		assertEquals(Files.readString(EXAMPLES.resolve("complete.mentor")), Files.readString(agreements.resolve("complete.mentor")));
	}

	/** The one output rule (OutputLocation), as in the editors: generated/ in each agreement's own folder. */
	@Test
	void agreementsInSubFoldersGetGeneratedInTheirOwnFolder() throws IOException {
		Path agreements = copyExamples();
		Path cohort = Files.createDirectories(agreements.resolve("cohort-2027"));
		Files.move(agreements.resolve("programme-agreement.mentor"), cohort.resolve("programme-agreement.mentor"));
		CliRun run = CliRun.of("generate", TODAY, agreements.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("nadia-olu-2027.html", "nadia-olu-2027.ics"), names(cohort.resolve("generated")));
		assertEquals(List.of("ada-grace-2027.html", "ada-grace-2027.ics", "platform-rotation-2027.html",
				"platform-rotation-2027.ics", "sam-lee-2027.html", "sam-lee-2027.ics"), names(agreements.resolve("generated")));
		assertTrue(run.err().contains("generated 8 files in 2 folders"), run.err());
		assertTrue(run.err().contains("cohort-2027/generated/nadia-olu-2027.html"), run.err());
	}

	@Test
	void outFolderAndOneKindOfOutput() throws IOException {
		Path agreements = copyExamples();
		Path out = dir.resolve("site/calendars");
		assertEquals(0, CliRun.of("generate", TODAY, "--ics", "--out", out.toString(), agreements.toString()).exitCode());
		assertEquals(List.of("ada-grace-2027.ics", "nadia-olu-2027.ics", "platform-rotation-2027.ics", "sam-lee-2027.ics"),
				names(out));
		Path html = dir.resolve("html");
		assertEquals(0, CliRun.of("generate", TODAY, "--html", "--out", html.toString(),
				agreements.resolve("minimal.mentor").toString()).exitCode());
		assertEquals(List.of("sam-lee-2027.html"), names(html));
	}

	@Test
	void theSponsorsCopyLeavesTheConfidentialNoteOut() throws IOException {
		Path agreements = copyExamples();
		CliRun.of("generate", TODAY, "--html", "--audience", "sponsor", "--out", dir.resolve("sponsor").toString(),
				agreements.toString());
		CliRun.of("generate", TODAY, "--html", "--out", dir.resolve("parties").toString(), agreements.toString());
		String note = "weighing an offer from another team";
		assertFalse(Files.readString(dir.resolve("sponsor/ada-grace-2027.html")).contains(note));
		assertTrue(Files.readString(dir.resolve("parties/ada-grace-2027.html")).contains(note));
	}

	@Test
	void aFileWithErrorsIsNotGeneratedAndTheOthersAre() throws IOException {
		Path agreements = copyExamples();
		Files.writeString(agreements.resolve("minimal.mentor"),
				Files.readString(agreements.resolve("minimal.mentor")).replace("from 2027-01-11", "from 2027-02-30"));
		CliRun run = CliRun.of("generate", TODAY, agreements.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("minimal.mentor: not generated: it has 1 error (mentor validate "), run.err());
		assertFalse(names(agreements.resolve("generated")).contains("sam-lee-2027.html"));
		assertTrue(names(agreements.resolve("generated")).contains("ada-grace-2027.html"));
	}

	@Test
	void aFailedGenerationLeavesNoFileBehind() throws IOException {
		// an invitation needs e-mail addresses: the minimal agreement's parties lose theirs
		Path file = Files.writeString(dir.resolve("no-mail.mentor"), Files.readString(EXAMPLES.resolve("minimal.mentor"))
				.replace(" email \"sam.ortiz@example.org\"", "").replace(" email \"lee.park@example.org\"", ""));
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("generate", TODAY, "--invite", "--out", out.toString(), file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("no-mail.mentor: not generated: "), run.err());
		// neither the summary nor the calendar of that agreement, and no temporary file
		assertFalse(Files.exists(out) && !names(out).isEmpty(), () -> "left behind: " + out);
	}

	@Test
	void anInvitationIsNeverSentToSomethingThatIsNotOneAddress() throws IOException {
		// a line break in an e-mail would put a broken mailto: (and an extra line) into the ATTENDEE
		Path file = Files.writeString(dir.resolve("bad-mail.mentor"), Files.readString(EXAMPLES.resolve("minimal.mentor"))
				.replace("lee.park@example.org", "lee.park@example.org\nX-Injected: yes"));
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("generate", TODAY, "--invite", "--out", out.toString(), file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("bad-mail.mentor: not generated: it has 1 error"), run.err());
		assertFalse(Files.exists(out.resolve("sam-lee-2027.ics")));
	}

	@Test
	void regeneratingReplacesTheFilesWithTheSameContent() throws IOException {
		Path agreements = copyExamples();
		CliRun.of("generate", TODAY, agreements.toString());
		String first = Files.readString(agreements.resolve("generated/ada-grace-2027.ics"));
		CliRun.of("generate", TODAY, agreements.toString());
		assertEquals(first, Files.readString(agreements.resolve("generated/ada-grace-2027.ics")));
		assertEquals(8, names(agreements.resolve("generated")).size(), "no temporary files left");
	}

	@Test
	void theOutputFolderRefusesNamesThatLeaveIt() throws IOException {
		OutputFolder folder = new OutputFolder(dir.resolve("out"));
		for (String name : new String[] { "../escape.html", "sub/x.html", "/etc/passwd", "", ".." }) {
			assertThrows(IOException.class, () -> folder.write(name, new byte[] { 1 }), name);
		}
		assertFalse(Files.exists(dir.resolve("escape.html")));
		assertEquals(dir.resolve("out/ok.html").toAbsolutePath(), folder.write("ok.html", new byte[] { 1 }));
	}

	@Test
	void usageProblems() {
		assertEquals(2, CliRun.of("generate", dir.resolve("missing").toString()).exitCode());
		assertEquals(2, CliRun.of("generate", "--audience", "everyone", EXAMPLES.toString()).exitCode());
	}
}
