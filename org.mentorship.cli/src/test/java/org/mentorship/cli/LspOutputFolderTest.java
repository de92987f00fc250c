package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The one output rule through {@code mentor lsp}, as an editor talks to it: generate and save write
 * {@code generated/} beside the agreement (as {@code mentor generate} does), the reply names those files, the
 * configured folder is honoured, and opening a folder writes nothing.
 */
class LspOutputFolderTest {

	@TempDir
	Path workspace;

	private LspStreamClient client;
	private Path agreement;

	@BeforeEach
	void agreementInASubFolder() throws Exception {
		agreement = Files.createDirectories(workspace.resolve("cohort")).resolve("sam.mentor");
		Files.writeString(agreement, ValidateCommandTest.VALID);
		client = new LspStreamClient();
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	private void initialize(Object options) throws Exception {
		JsonObject params = new JsonObject();
		params.addProperty("rootUri", workspace.toUri().toString());
		params.add("capabilities", new JsonObject());
		params.add("initializationOptions", new com.google.gson.Gson().toJsonTree(options));
		assertTrue(client.request("initialize", params).has("result"));
		client.notify("initialized", Map.of());
	}

	private JsonObject generate() throws Exception {
		return client.request("workspace/executeCommand",
				Map.of("command", "mentor.generate", "arguments", List.of(agreement.toUri().toString())));
	}

	@Test
	void generateAndSaveWriteBesideTheAgreementAndTheReplyNamesTheFiles() throws Exception {
		initialize(null);
		assertFalse(Files.exists(agreement.resolveSibling("generated")), "opening a folder writes nothing");
		assertFalse(Files.exists(workspace.resolve("generated")));

		JsonArray written = generate().getAsJsonArray("result");
		Path html = agreement.resolveSibling("generated/a.html");
		Path ics = agreement.resolveSibling("generated/a.ics");
		assertEquals(List.of(html.toUri().toString(), ics.toUri().toString()),
				written.asList().stream().map(e -> e.getAsString()).toList());
		assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(html);
		assertTrue(permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE),
				"the umask's permissions, as for any new file: " + permissions);

		// a save, as an editor reports it: the file changed on disk
		Files.writeString(agreement, ValidateCommandTest.VALID.replace("Lead three design reviews", "Lead four design reviews"));
		client.notify("workspace/didChangeWatchedFiles",
				Map.of("changes", List.of(Map.of("uri", agreement.toUri().toString(), "type", 2))));
		client.request("workspace/executeCommand", Map.of("command", "mentor.nextMeeting",
				"arguments", List.of(agreement.toUri().toString()))); // answered after the save's build
		assertTrue(Files.readString(html).contains("Lead four design reviews"), "regenerated on save, in the same place");
		assertFalse(Files.exists(workspace.resolve("generated")));
	}

	@Test
	void aConfiguredFolderIsRelativeToTheWorkspaceFolder() throws Exception {
		initialize(Map.of("outputFolder", "site"));
		JsonArray written = generate().getAsJsonArray("result");
		assertEquals(workspace.resolve("site/a.html").toUri().toString(), written.get(0).getAsString());
		assertTrue(Files.isRegularFile(workspace.resolve("site/a.html")));
		assertFalse(Files.exists(agreement.resolveSibling("generated")));
	}
}
