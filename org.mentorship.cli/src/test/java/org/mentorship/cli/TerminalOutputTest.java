package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person at a terminal sees: help that reads at 80 columns, colours (picocli's ANSI) and the source
 * line under each finding on a terminal only, NO_COLOR and --color honoured, a progress bar on stderr for
 * long runs on a terminal, and never any of it in a pipe.
 */
class TerminalOutputTest {

	private static final String ESC = "\u001B[";
	private static final Map<String, String> ENV = Map.of("TERM", "xterm-256color");
	private static final Map<String, String> NO_COLOR = Map.of("TERM", "xterm-256color", "NO_COLOR", "1");

	@TempDir
	Path dir;

	private Path oneError() throws IOException {
		return TestFiles.write(dir, "bad.mentor", ValidateCommandTest.ONE_ERROR);
	}

	@Test
	void helpReadsAtEightyColumnsWithAnExampleAndALinkToTheDocs() {
		for (List<String> args : List.of(List.of("--help"), List.of("validate", "--help"), List.of("fix", "--help"),
				List.of("format", "--help"), List.of("generate", "--help"), List.of("lsp", "--help"))) {
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertEquals(0, run.exitCode());
			String help = run.out();
			for (String line : help.split("\\R")) {
				assertTrue(line.length() <= 80, args + ": a line over 80 columns: " + line);
			}
			assertTrue(help.contains("Example"), args + " has an example");
			assertTrue(help.contains("docs/cli.md"), args + " links to the docs");
			assertFalse(help.contains("https://github.com/mentorship-studio"), args + ": no invented address");
			assertFalse(help.contains(ESC), "not a terminal: no colours");
			// every sentence of a description ends on its line's paragraph: no line ends in the middle of one
			String description = help.substring(help.indexOf('\n') + 1);
			for (String line : description.split("\\R")) {
				if (!line.startsWith(" ") && !line.isEmpty() && !line.endsWith(":") && !line.contains("  ")) {
					String next = description.substring(description.indexOf(line) + line.length()).lines().skip(1)
							.findFirst().orElse("");
					boolean continues = !next.isEmpty() && !next.startsWith(" ") && Character.isLowerCase(next.charAt(0));
					assertTrue(line.matches(".*[.:;/)]") || continues, args + ": a cut sentence: " + line);
				}
			}
		}
	}

	@Test
	void helpIsColouredOnATerminalUnlessNoColor() {
		assertTrue(CliRun.of(ENV, true, "validate", "--help").out().contains(ESC));
		assertFalse(CliRun.of(NO_COLOR, true, "validate", "--help").out().contains(ESC));
		assertFalse(CliRun.of(ENV, true, "--color=never", "validate", "--help").out().contains(ESC));
		assertTrue(CliRun.of(NO_COLOR, false, "validate", "--color=always", "--help").out().contains(ESC));
	}

	@Test
	void findingsOnATerminalShowTheLineAndACaretInColour() throws IOException {
		Path file = oneError();
		CliRun run = CliRun.of(ENV, true, "validate", ValidateCommandTest.TODAY, file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains(ESC), run.out());
		String plain = run.out().replaceAll("\u001B\\[[0-9;]*m", "");
		String[] lines = plain.split("\\R");
		assertTrue(lines[0].endsWith(":3:8: error: 2027-02-30 is not a date: February 2027 has 28 days. [mentor.date.format]"),
				lines[0]);
		assertEquals(" 3 |   from 2027-02-30 to 2027-04-09", lines[1]);
		assertEquals("   |        ^" + "~".repeat(9), lines[2]);
	}

	@Test
	void noColorKeepsTheCaretButDropsTheColours() throws IOException {
		Path file = oneError();
		CliRun run = CliRun.of(NO_COLOR, true, "validate", ValidateCommandTest.TODAY, file.toString());
		assertFalse(run.out().contains(ESC), run.out());
		assertTrue(run.out().contains("   |        ^" + "~".repeat(9)), run.out());
		CliRun never = CliRun.of(ENV, true, "validate", "--color=never", ValidateCommandTest.TODAY, file.toString());
		assertFalse(never.out().contains(ESC), never.out());
	}

	@Test
	void aPipeGetsOnePlainLinePerFinding() throws IOException {
		Path file = oneError();
		CliRun run = CliRun.of(ENV, false, "validate", ValidateCommandTest.TODAY, file.toString());
		assertEquals(1, run.lines().length, run.out());
		assertFalse(run.out().contains(ESC));
		CliRun always = CliRun.of(NO_COLOR, false, "validate", "--color=always", ValidateCommandTest.TODAY, file.toString());
		assertTrue(always.out().contains(ESC), "--color=always wins over NO_COLOR and a pipe");
		assertTrue(always.out().contains("^~~~"), always.out());
	}

	@Test
	void jsonAndSarifAreNeverColoured() throws IOException {
		Path file = oneError();
		for (String format : List.of("json", "sarif")) {
			String out = CliRun.of(ENV, true, "validate", "--color=always", "--format", format, file.toString()).out();
			assertFalse(out.contains(ESC), format);
		}
	}

	@Test
	void longRunsShowProgressOnStderrOnATerminalOnly() throws IOException {
		String valid = ValidateCommandTest.VALID;
		for (int i = 0; i < ProgressBar.MIN_FILES; i++) {
			TestFiles.write(dir, "many/a" + i + ".mentor", valid.replace("agreement a ", "agreement a" + i + " "));
		}
		String folder = dir.resolve("many").toString();
		for (List<String> command : List.of(List.of("validate", ValidateCommandTest.TODAY), List.of("format", "--check"),
				List.of("fix"), List.of("generate", "--html", "--out", dir.resolve("out").toString()))) {
			List<String> args = new java.util.ArrayList<>(command);
			args.add(folder);
			CliRun terminal = CliRun.of(ENV, true, args.toArray(String[]::new));
			assertTrue(terminal.err().contains("/" + ProgressBar.MIN_FILES + " files"), command + ": " + terminal.err());
			CliRun pipe = CliRun.of(ENV, false, args.toArray(String[]::new));
			assertFalse(pipe.err().contains("\r"), command + ": " + pipe.err());
assertEquals(pipe.out(), terminal.out(), "stdout does not change");
		}
	}
}
