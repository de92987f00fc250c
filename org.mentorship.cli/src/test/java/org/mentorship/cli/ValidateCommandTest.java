package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code mentor validate}: exit codes, the three output formats field by field, and bad input. */
class ValidateCommandTest {

	static final Path EXAMPLES = Path.of(System.getProperty("mentor.examples", "../examples"));

	/** The minimal example with exactly one error: a start date that does not exist, line 3, columns 8 to 18. */
	static final String ONE_ERROR;
	static {
		try {
			ONE_ERROR = Files.readString(EXAMPLES.resolve("minimal.mentor")).replace("from 2027-01-11", "from 2027-02-30");
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	/** Checks as of a fixed day, before every example's term: "today" rules cannot change the output. */
	static final String TODAY = "--today=2026-12-01";

	/**
	 * A complete agreement without findings; the tests below each break one thing in it. Its dates are
	 * in 2030 so that no milestone is overdue while these tests are maintained.
	 */
	static final String VALID = """
			agreement a "A"
			  from 2030-02-01 to 2030-05-01
			  time zone "Europe/Berlin"

			purpose "Grace wants to lead design reviews."

			mentor ada "Ada Lovelace"
			mentee grace "Grace Hopper"

			goal reviews "Lead three design reviews"
			  milestone "Shadow a review" due 2030-03-01
			  evidence "review notes"
			  success at least 3 "reviews led"

			cadence
			  monthly on the first Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			ethics
			  confidentiality "What we discuss stays between us."
			  consent "Ada asks before sharing Grace's work."
			  conflicts of interest "none declared"

			resources
			  ada offers 2 hours per month "sessions"

			sign-off
			  ada signed on 2030-02-01
			  grace signed on 2030-02-01

			review on 2030-04-01
			""";

	/** VALID with one error that has no fix: a start date that does not exist (line 2, columns 8 to 18). */
	static final String VALID_WITH_ONE_ERROR = VALID.replace("from 2030-02-01", "from 2030-02-30");

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return TestFiles.write(dir, name, text);
	}

	@Test
	void examplesAreValidAndExitZero() {
		CliRun run = CliRun.of("validate", TODAY, EXAMPLES.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("checked 5 files: 0 errors"), run.err());
	}

	@Test
	void theValidAgreementOfTheseTestsHasNoFindings() throws IOException {
		CliRun run = CliRun.of("validate", write("valid.mentor", VALID).toString());
		assertEquals(0, run.exitCode(), run.out());
		assertEquals("", run.out());
	}

	@Test
	void textFormatIsPathLineColumnSeverityMessageCode() throws IOException {
		Path file = write("bad.mentor", ONE_ERROR);
		CliRun run = CliRun.of("validate", TODAY, file.toString());
		assertEquals(1, run.exitCode());
		String[] lines = run.lines();
		assertEquals(1, lines.length, run.out());
		String expectedPath = file.toAbsolutePath().toString();
		assertEquals(expectedPath + ":3:8: error: 2027-02-30 is not a date: February 2027 has 28 days. [mentor.date.format]",
				lines[0]);
	}

	@Test
	void jsonFormatHasEveryField() throws IOException {
		Path file = write("bad.mentor", ONE_ERROR);
		CliRun run = CliRun.of("validate", TODAY, "--format", "json", file.toString());
		assertEquals(1, run.exitCode());
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(1, root.get("files").getAsInt());
		assertEquals(1, root.get("errors").getAsInt());
		JsonArray diagnostics = root.getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size());
		JsonObject d = diagnostics.get(0).getAsJsonObject();
		assertEquals(file.toAbsolutePath().toString(), d.get("file").getAsString());
		assertEquals(3, d.get("line").getAsInt());
		assertEquals(8, d.get("column").getAsInt());
		assertEquals(3, d.get("endLine").getAsInt());
		assertEquals(18, d.get("endColumn").getAsInt());
		assertEquals("error", d.get("severity").getAsString());
		assertEquals("mentor.date.format", d.get("code").getAsString());
		assertEquals("2027-02-30 is not a date: February 2027 has 28 days.", d.get("message").getAsString());
		assertEquals(false, d.get("fixable").getAsBoolean());
	}

	@Test
	void sarifHasTheRequiredStructure() throws IOException {
		Path file = write("sub dir/bad.mentor", ONE_ERROR);
		CliRun run = CliRun.of("validate", TODAY, "--format", "sarif", file.toString());
		assertEquals(1, run.exitCode());
		SarifAssertions.assertValidSarif(run.out());
		JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonObject runObject = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("mentor", runObject.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
		JsonObject result = runObject.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("mentor.date.format", result.get("ruleId").getAsString());
		assertEquals("error", result.get("level").getAsString());
		JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		assertTrue(location.getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith("sub%20dir/bad.mentor"));
		JsonObject region = location.getAsJsonObject("region");
		assertEquals(3, region.get("startLine").getAsInt());
		assertEquals(8, region.get("startColumn").getAsInt());
	}

	@Test
	void findingsWithAQuickFixSaySoInEveryFormat() throws IOException {
		Path file = write("late-review.mentor", VALID.replace("review on 2030-04-01", "review on 2030-06-01"));
		String expectedLine = file.toAbsolutePath() + ":33:11: warning: The review on 2030-06-01 is after the agreement"
				+ " ends on 2030-05-01: review the terms while the agreement still runs. [mentor.review.after-end]"
				+ " (fix available)";
		assertEquals(expectedLine, CliRun.of("validate", file.toString()).out().strip());

		JsonObject json = JsonParser.parseString(CliRun.of("validate", "--format", "json", file.toString()).out())
				.getAsJsonObject().getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		assertTrue(json.get("fixable").getAsBoolean());

		String sarif = CliRun.of("validate", "--format", "sarif", file.toString()).out();
		SarifAssertions.assertValidSarif(sarif);
		JsonObject result = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
		assertTrue(result.getAsJsonObject("properties").get("fixable").getAsBoolean());
	}

	@Test
	void findingsWithoutAQuickFixSaySoInJsonAndSarif() throws IOException {
		Path file = write("bad.mentor", ONE_ERROR);
		JsonObject json = JsonParser.parseString(CliRun.of("validate", "--format", "json", file.toString()).out())
				.getAsJsonObject().getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		assertFalse(json.get("fixable").getAsBoolean());
		JsonObject result = JsonParser.parseString(CliRun.of("validate", "--format", "sarif", file.toString()).out())
				.getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0)
				.getAsJsonObject();
		assertFalse(result.getAsJsonObject("properties").get("fixable").getAsBoolean());
	}

	@Test
	void aProgrammeFileInTheSameRunIsUsedForReferences() throws IOException {
		write("cohort/programme.mentor", Files.readString(EXAMPLES.resolve("programme-women-in-tech.mentor")));
		write("cohort/agreement.mentor", Files.readString(EXAMPLES.resolve("programme-agreement.mentor")));
		assertEquals(0, CliRun.of("validate", TODAY, dir.resolve("cohort").toString()).exitCode());
		CliRun alone = CliRun.of("validate", TODAY, dir.resolve("cohort/agreement.mentor").toString());
		assertEquals(1, alone.exitCode());
		assertTrue(alone.out().contains("No programme named 'women-in-tech-2027' was found"), alone.out());
	}

	@Test
	void missingFileIsAUsageProblem() {
		CliRun run = CliRun.of("validate", TODAY, dir.resolve("nope.mentor").toString());
		assertEquals(2, run.exitCode());
		assertEquals("mentor: no such file or folder: " + dir.resolve("nope.mentor") + System.lineSeparator(), run.err());
		assertEquals("", run.out());
	}

	@Test
	void folderWithoutAgreementsIsAUsageProblem() throws IOException {
		write("notes.txt", "hello");
		CliRun run = CliRun.of("validate", TODAY, dir.toString());
		assertEquals(2, run.exitCode());
		assertEquals("mentor: no .mentor files in folder " + dir + System.lineSeparator(), run.err());
	}

	@Test
	void binaryFileGetsOneClearLine() throws IOException {
		Path file = dir.resolve("photo.mentor");
		Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2 });
		assertOneLine(file, "1:1: error: this is not a text file (it contains binary data) [mentor.file.binary]");
	}

	@Test
	void emptyFileGetsOneClearLine() throws IOException {
		Path file = write("empty.mentor", "  \n");
		assertOneLine(file, "1:1: error: this file is empty: an agreement starts with agreement <id> \"<title>\""
				+ " [mentor.file.empty]");
	}

	@Test
	void fileThatIsNotUtf8GetsOneClearLine() throws IOException {
		Path file = dir.resolve("latin1.mentor");
		Files.write(file, "agreement a \"Caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
		assertOneLine(file, "1:1: error: this file is not UTF-8 text: save it as UTF-8 [mentor.file.encoding]");
	}

	@Test
	void aUtf8FileWithAByteOrderMarkIsAccepted() throws IOException {
		Path file = dir.resolve("notepad.mentor");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, VALID.getBytes(StandardCharsets.UTF_8)));
		CliRun run = CliRun.of("validate", TODAY, file.toString());
		assertEquals(0, run.exitCode(), run.out());
		assertEquals("", run.out());
	}

	@Test
	void utf16And32FilesAreNamedAsSuchNotAsBinary() throws IOException {
		String[][] encodings = { { "UTF-16LE", "FFFE", "UTF-16" }, { "UTF-16BE", "FEFF", "UTF-16" },
				{ "UTF-32LE", "FFFE0000", "UTF-32" } };
		for (String[] encoding : encodings) {
			Path file = dir.resolve(encoding[0] + ".mentor");
			Files.write(file, concat(java.util.HexFormat.of().parseHex(encoding[1]), VALID.getBytes(encoding[0])));
			assertOneLine(file, "1:1: error: this file is saved as " + encoding[2] + ": save it as UTF-8 [mentor.file.encoding]");
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	@Test
	void unclosedTextGetsOneClearLine() throws IOException {
		// the complete agreement, with its last text left open: the only finding is that one
		Path file = write("open.mentor", VALID.replace("review on 2030-04-01", "review on 2030-04-01 \"never closed") + "\n");
		assertOneLine(file, "33:22: error: This text has no closing quote: add \" at its end. [mentor.syntax]");
	}

	@Test
	void tenMegabyteFileGetsOneClearLine() throws IOException {
		Path file = dir.resolve("huge.mentor");
		String line = "purpose \"" + "x".repeat(1013) + "\"\n"; // 1 KiB
		Files.writeString(file, "agreement a \"A\"\n" + line.repeat(10 * 1024));
		assertOneLine(file, "1:1: error: this file is too large to be an agreement (10.0 MB; the limit is 4 MB)"
				+ " [mentor.file.too-large]");
	}

	@Test
	void badFilesDoNotStopTheOthersFromBeingChecked() throws IOException {
		write("a/empty.mentor", "");
		write("a/bad.mentor", ONE_ERROR);
		CliRun run = CliRun.of("validate", TODAY, dir.resolve("a").toString());
		assertEquals(1, run.exitCode());
		assertEquals(2, run.lines().length, run.out());
		assertTrue(run.out().contains("bad.mentor:3:8: error:"), run.out());
	}

	@Test
	void twoFilesWithOneAgreementIdAreAnErrorInEachNamingTheOther() throws IOException {
		Path first = write("2026/ada.mentor", VALID);
		Path second = write("2027/ada-copy.mentor", VALID.replace("\"A\"", "\"A copy\""));
		CliRun run = CliRun.of("validate", TODAY, dir.toString());
		assertEquals(1, run.exitCode(), run.out());
		String message = "error: The agreement id 'a' is used in another file too (%s): give each agreement its own id,"
				+ " as its summary and calendar are named after it. [mentor.duplicate-id]";
		assertEquals(List.of(first + ":1:11: " + String.format(message, "../2027/ada-copy.mentor"),
				second + ":1:11: " + String.format(message, "../2026/ada.mentor")), List.of(run.lines()));
	}

	@Test
	void findingsComeInReadingOrder() throws IOException {
		// several findings on one element and on several lines: ordered by position, then code
		Path file = write("many.mentor", VALID.replace("  milestone \"Shadow a review\" due 2030-03-01\n", "")
				.replace("  evidence \"review notes\"\n", "").replace("to 2030-05-01", "to 2030-01-01"));
		CliRun run = CliRun.of("validate", TODAY, file.toString());
		List<int[]> positions = java.util.Arrays.stream(run.lines()).map(l -> l.substring(file.toAbsolutePath().toString().length() + 1).split(":"))
				.map(p -> new int[] { Integer.parseInt(p[0]), Integer.parseInt(p[1]) }).toList();
		assertTrue(positions.size() >= 3, run.out());
		for (int i = 1; i < positions.size(); i++) {
			int[] a = positions.get(i - 1);
			int[] b = positions.get(i);
			assertTrue(a[0] < b[0] || (a[0] == b[0] && a[1] <= b[1]), run.out());
		}
	}

	@Test
	void todayMakesDateRulesReproducible() throws IOException {
		Path file = write("ok.mentor", Files.readString(EXAMPLES.resolve("minimal.mentor")));
		assertEquals("", CliRun.of("validate", "--today=2026-12-01", file.toString()).out());
		CliRun later = CliRun.of("validate", "--today=2027-03-01", file.toString());
		assertTrue(later.out().contains("was due on 2027-02-01, 28 days ago"), later.out());
		assertEquals(2, CliRun.of("validate", "--today=someday", file.toString()).exitCode());
	}

	@Test
	void helpAndVersion() {
		CliRun help = CliRun.of("--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("validate"), help.out());
		CliRun validateHelp = CliRun.of("validate", TODAY, "--help");
		assertTrue(validateHelp.out().contains("--format"), validateHelp.out());
		CliRun version = CliRun.of("--version");
		assertEquals(0, version.exitCode());
		assertTrue(version.out().startsWith("mentor "), version.out());
	}

	@Test
	void usageMistakesExitTwoWithoutStackTrace() {
		for (String[] args : new String[][] { {}, { "validate" }, { "validate", "--format", "xml", "x.mentor" },
				{ "frobnicate" } }) {
			CliRun run = CliRun.of(args);
			assertEquals(2, run.exitCode(), String.join(" ", args));
			assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
		}
	}

	private void assertOneLine(Path file, String expectedAfterPath) {
		CliRun run = CliRun.of("validate", TODAY, file.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertEquals(1, run.lines().length, run.out());
		assertEquals(file.toAbsolutePath() + ":" + expectedAfterPath, run.lines()[0]);
		assertFalse(run.err().contains("Exception"), run.err());
	}
}
