package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The services a server creates on first use (quick fixes, fix-all, the generator; docs/editor-services.md,
 * "Start-up") answer the first request of each kind, through `mentor lsp`'s streams.
 */
class ServicesOnFirstUseTest {

	@TempDir
	Path workspace;

	@Test
	void quickFixesFormattingAndGenerationAnswerTheirFirstRequest() throws Exception {
		String misspelt = ValidateCommandTest.VALID.replace("evidence \"review notes\"", "evidence \"review notes\" from gracee")
				.replace("mentor ada", "mentor    ada");
		Path file = Files.writeString(workspace.resolve("a.mentor"), misspelt);
		Path valid = Files.writeString(workspace.resolve("b.mentor"), ValidateCommandTest.VALID.replace("agreement a ", "agreement b "));
		String uri = file.toUri().toString();
		try (LspSession session = new LspSession(workspace)) {
			session.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":" + LspSession.quote(uri)
					+ ",\"languageId\":\"mentor\",\"version\":1,\"text\":" + LspSession.quote(misspelt) + "}}");
			JsonObject unknownParty = diagnosticMentioning(session, uri, "gracee");

			JsonObject actions = session.request("textDocument/codeAction", "{\"textDocument\":{\"uri\":" + LspSession.quote(uri)
					+ "},\"range\":" + unknownParty.get("range") + ",\"context\":{\"diagnostics\":[" + unknownParty + "]}}");
			assertTrue(actions.getAsJsonArray("result").toString().contains("\"newText\":\"grace\""),
					"a quick fix that names the party: " + actions);

			JsonObject formatting = session.request("textDocument/formatting", "{\"textDocument\":{\"uri\":"
					+ LspSession.quote(uri) + "},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}");
			assertTrue(formatting.getAsJsonArray("result").size() > 0, "the extra spaces laid out again: " + formatting);

			JsonObject generated = session.request("workspace/executeCommand", "{\"command\":\"mentor.generate\",\"arguments\":["
					+ LspSession.quote(valid.toUri().toString()) + "]}");
			assertEquals(2, generated.getAsJsonArray("result").size(), generated.toString());
			assertTrue(Files.readString(workspace.resolve("generated/b.ics")).startsWith("BEGIN:VCALENDAR"));
		}
	}

	private static JsonObject diagnosticMentioning(LspSession session, String uri, String word) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			JsonArray diagnostics = session.diagnostics(uri);
			if (diagnostics != null) {
				for (JsonElement diagnostic : diagnostics) {
					if (diagnostic.getAsJsonObject().get("message").getAsString().contains(word)) {
						return diagnostic.getAsJsonObject();
					}
				}
			}
			Thread.sleep(20);
		}
		assertNotNull(null, "no diagnostic about " + word + ": " + session.diagnostics(uri));
		return null;
	}
}
