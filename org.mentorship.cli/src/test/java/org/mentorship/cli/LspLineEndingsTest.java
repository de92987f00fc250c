package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Issue 16: positions an editor sends count \n, \r\n and a lone \r as line ends (LSP). In a file saved with
 * any of them, hover finds the party under the cursor, an edit lands where the editor made it, and the
 * diagnostic of that edit comes back at the same line and column.
 */
class LspLineEndingsTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "\n", "\r\n", "\r" })
	void positionsMeanTheSameWithEveryLineEnd(String lineEnd) throws Exception {
		// without its comment lines: the grammar's // comment does not end at a lone \r yet (a syntax error of its own)
		List<String> lines = Files.readString(ValidateCommandTest.EXAMPLES.resolve("minimal.mentor")).lines()
				.filter(line -> !line.startsWith("//")).toList();
		String uri = folder.resolve("minimal.mentor").toUri().toString();
		int reference = lines.indexOf("  sam offers 2 hours per month \"rehearsal feedback\"");
		int milestone = lines.indexOf("  milestone \"Submit the talk proposal\" due 2027-02-01");
		int date = lines.get(milestone).indexOf("2027-02-01");
		assertTrue(reference > 0 && milestone > 0 && date > 0, "minimal.mentor still has the lines of this test");
		try (LspSession server = new LspSession(folder)) {
			server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"mentor\","
					+ "\"version\":1,\"text\":" + LspSession.quote(String.join(lineEnd, lines) + lineEnd) + "}}");
			JsonObject hover = server.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},"
					+ "\"position\":{\"line\":" + reference + ",\"character\":3}}");
			assertNotNull(hover);
			assertTrue(hover.has("result") && hover.get("result").toString().contains("Sam Ortiz"), "hover on sam: " + hover);

			server.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":"
					+ "[{\"range\":{\"start\":{\"line\":" + milestone + ",\"character\":" + date + "},\"end\":{\"line\":" + milestone
					+ ",\"character\":" + (date + 10) + "}},\"text\":\"2027-02-30\"}]}");
			assertTrue(server.request("textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}").has("result"));
			JsonElement impossible = null;
			for (JsonElement d : server.diagnostics(uri)) {
				if (d.getAsJsonObject().has("code") && "mentor.date.format".equals(d.getAsJsonObject().get("code").getAsString())) {
					impossible = d.getAsJsonObject().get("range");
				}
			}
			assertNotNull(impossible, "the edit made an impossible date: " + server.diagnostics(uri));
			assertEquals("{\"start\":{\"line\":" + milestone + ",\"character\":" + date + "},\"end\":{\"line\":" + milestone
					+ ",\"character\":" + (date + 10) + "}}", impossible.toString());
		}
	}
}
