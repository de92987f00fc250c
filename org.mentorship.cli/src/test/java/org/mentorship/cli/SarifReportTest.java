package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.cli.check.FileProblems;
import org.mentorship.cli.report.RuleCatalogue;
import org.mentorship.cli.report.SourceRoot;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code mentor validate --format sarif} as GitHub code scanning takes it: rules from docs/rules.md, paths
 * relative to %SRCROOT%, fingerprints that survive edits, and a log even for a run that failed. The
 * SARIF Multitool checks the same logs in CI (.ci/run, .ci/sarif-check).
 */
class SarifReportTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	private static JsonObject run(String sarif) {
		SarifAssertions.assertValidSarif(sarif);
		return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
	}

	@Test
	void everyIssueCodeIsInTheCatalogue() {
		List<String> codes = new ArrayList<>(IssueCodes.all());
		codes.addAll(List.of(FileProblems.EMPTY, FileProblems.BINARY, FileProblems.NOT_UTF8, FileProblems.TOO_LARGE,
				FileProblems.UNREADABLE));
		List<String> missing = codes.stream().filter(code -> RuleCatalogue.get().rule(code).isEmpty()).toList();
		assertEquals(List.of(), missing);
		assertEquals(codes.size(), RuleCatalogue.get().all().size(), "docs/rules.md has a row per code, no more");
	}

	@Test
	void rulesCarryTheCataloguesMetadata() throws IOException {
		Path file = write("bad.mentor", ValidateCommandTest.ONE_ERROR);
		JsonObject run = run(CliRun.of("validate", ValidateCommandTest.TODAY, "--format", "sarif", file.toString()).out());
		var rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		assertEquals(RuleCatalogue.get().all().size(), rules.size(), "the whole catalogue, met or not");
		for (JsonElement element : rules) {
			JsonObject rule = element.getAsJsonObject();
			String id = rule.get("id").getAsString();
			for (String description : List.of("shortDescription", "fullDescription", "help")) {
				assertTrue(rule.getAsJsonObject(description).get("text").getAsString().matches("(?s).*[.?!]"), id + " " + description);
			}
			// no site is published: the link is the docs shipped with the build (here the checkout's docs/)
			String helpUri = rule.get("helpUri").getAsString();
			assertTrue(helpUri.matches("file:///.+/docs/rules\\.md#[a-z0-9-]+"), id + ": " + helpUri);
			assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of(java.net.URI.create(helpUri.replaceAll("#.*", "")))),
					helpUri + " exists");
			assertTrue(List.of("error", "warning", "note")
					.contains(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString()), id);
		}
		JsonObject date = rules.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(r -> r.get("id").getAsString().equals("mentor.date.format")).findFirst().orElseThrow();
		assertEquals("error", date.getAsJsonObject("defaultConfiguration").get("level").getAsString());
		assertTrue(date.get("helpUri").getAsString().endsWith("/rules.md#reading-the-file"), date.toString());
		assertEquals("DateFormat", date.get("name").getAsString());
		JsonObject nudge = rules.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(r -> r.get("id").getAsString().equals("mentor.plain.jargon")).findFirst().orElseThrow();
		assertEquals("note", nudge.getAsJsonObject("defaultConfiguration").get("level").getAsString());
	}

	@Test
	void locationsAreRelativeToTheBase() throws IOException {
		Path file = write("sub dir/bad.mentor", ValidateCommandTest.ONE_ERROR);
		JsonObject run = run(CliRun.of("validate", "--format", "sarif", "--base", dir.toString(), file.toString()).out());
		JsonObject root = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%");
		assertEquals(dir.toAbsolutePath().toUri().toString(), root.get("uri").getAsString());
		JsonObject artifact = run.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0)
				.getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
		assertEquals("sub%20dir/bad.mentor", artifact.get("uri").getAsString());
		assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
	}

	@Test
	void theBaseIsTheGitRootElseTheFolderItself() throws IOException {
		Files.createDirectories(dir.resolve("repo/.git"));
		Files.createDirectories(dir.resolve("repo/agreements/2027"));
		Files.createDirectories(dir.resolve("plain/folder"));
		assertEquals(dir.resolve("repo").toAbsolutePath(), SourceRoot.of(dir.resolve("repo/agreements/2027")));
		Files.writeString(dir.resolve("plain/folder/.git"), "gitdir: /elsewhere\n"); // a worktree's .git is a file
		assertEquals(dir.resolve("plain/folder").toAbsolutePath(), SourceRoot.of(dir.resolve("plain/folder")));
	}

	@Test
	void fingerprintsSurviveLinesAddedAbove() throws IOException {
		Path file = write("bad.mentor", ValidateCommandTest.ONE_ERROR);
		String before = fingerprint(CliRun.of("validate", "--format", "sarif", "--base", dir.toString(), file.toString()).out());
		Files.writeString(file, "// a comment\n\n" + ValidateCommandTest.ONE_ERROR);
		String after = fingerprint(CliRun.of("validate", "--format", "sarif", "--base", dir.toString(), file.toString()).out());
		assertEquals(before, after);
		Files.writeString(file, ValidateCommandTest.ONE_ERROR.replace("2027-02-30", "2027-02-31"));
		assertNotEquals(before, fingerprint(CliRun.of("validate", "--format", "sarif", "--base", dir.toString(),
				file.toString()).out()), "another line text, another finding");
	}

	private static String fingerprint(String sarif) {
		return run(sarif).getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonObject("partialFingerprints")
				.get("mentorFindingHash/v1").getAsString();
	}

	@Test
	void aSuccessfulRunSaysSo() throws IOException {
		Path file = write("bad.mentor", ValidateCommandTest.ONE_ERROR);
		JsonObject invocation = run(CliRun.of("validate", "--format", "sarif", file.toString()).out())
				.getAsJsonArray("invocations").get(0).getAsJsonObject();
		assertTrue(invocation.get("executionSuccessful").getAsBoolean(), "errors in the agreements are results");
		assertEquals(1, invocation.get("exitCode").getAsInt());
	}

	@Test
	void aFailedRunStillWritesALogWithTheReason() {
		CliRun missing = CliRun.of("validate", "--format", "sarif", dir.resolve("nope").toString());
		assertEquals(2, missing.exitCode());
		assertFailed(missing.out(), "no such file or folder: " + dir.resolve("nope") + ".");
		assertTrue(missing.err().startsWith("mentor: no such file or folder"), missing.err());

		CliRun usage = CliRun.of("validate", "--format=sarif", "--no-such-option", dir.toString());
		assertEquals(2, usage.exitCode());
		assertFailed(usage.out(), "Unknown option: '--no-such-option'.");
	}

	private static void assertFailed(String sarif, String reason) {
		JsonObject run = run(sarif);
		assertEquals(0, run.getAsJsonArray("results").size());
		JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
		assertFalse(invocation.get("executionSuccessful").getAsBoolean());
		assertEquals(2, invocation.get("exitCode").getAsInt());
		JsonObject notification = invocation.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
		assertEquals("error", notification.get("level").getAsString());
		assertEquals(reason, notification.getAsJsonObject("message").get("text").getAsString());
	}
}
