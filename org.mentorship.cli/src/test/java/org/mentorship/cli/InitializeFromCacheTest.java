package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.dsl.ide.server.InitializeAnswerCache;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * `mentor lsp` answering initialize from the last start's answer in the workspace's cache folder (InitializeFromCache)
 * through real streams (EarlyStart: the real server only when the test lets it, so an answer that comes before is one
 * the server cannot have made).
 */
class InitializeFromCacheTest {

	@TempDir
	Path temp;

	private Path workspace;

	private Path workspace() throws IOException {
		if (workspace == null) {
			workspace = Files.createDirectories(temp.resolve("workspace"));
			Files.copy(ValidateCommandTest.EXAMPLES.resolve("minimal.mentor"), workspace.resolve("minimal.mentor"));
		}
		return workspace;
	}

	/** An initialize request as the VS Code extension sends it, with the cache folder and a capability. */
	private String initialize(String id, int processId, Path cacheFolder, boolean snippets) throws IOException {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"processId\":" + processId
				+ ",\"clientInfo\":{\"name\":\"Visual Studio Code\",\"version\":\"1.99.0\"},\"rootUri\":"
				+ new JsonPrimitive(workspace().toUri().toString())
				+ ",\"capabilities\":{\"textDocument\":{\"completion\":{\"completionItem\":{\"snippetSupport\":" + snippets
				+ "}}}},\"initializationOptions\":{\"buildAfterInitialize\":true"
				+ (cacheFolder == null ? "" : ",\"cacheFolder\":" + new JsonPrimitive(cacheFolder.toString())) + "}}}";
	}

	private static JsonObject paramsOf(String request) {
		return JsonParser.parseString(request).getAsJsonObject().getAsJsonObject("params");
	}

	/** A result no server gives: kept in a cache file, it shows whether the cached answer reached the client. */
	private static JsonObject marker() {
		return JsonParser.parseString("{\"capabilities\":{},\"marker\":\"FROM THE CACHE \u00e9\u65e5\"}").getAsJsonObject();
	}

	private Path cache() {
		return temp.resolve("storage");
	}

	/** A first start, which the server answers and whose answer is kept; returns the answer's result. */
	private JsonElement firstStart(String request, JsonElement id) throws Exception {
		try (EarlyStart start = new EarlyStart(request)) {
			start.go.countDown();
			JsonObject answer = start.answerTo(id);
			assertTrue(start.serverStarted.get());
			assertEquals(1, start.finish(id));
			return answer.get("result");
		}
	}

	@Test
	void aLaterStartAnswersFromTheLastAnswerBeforeTheServerExistsAndDropsTheServersOwn() throws Exception {
		JsonElement first = firstStart(initialize("1", 101, cache(), true), new JsonPrimitive(1));
		assertTrue(first.getAsJsonObject().has("capabilities"), first.toString());
		assertEquals(first, InitializeAnswerCache.of(paramsOf(initialize("1", 101, cache(), true))).lastAnswer());

		try (EarlyStart start = new EarlyStart(initialize("7", 202, cache(), true))) { // another process: the same answer
			JsonObject answer = start.answerTo(new JsonPrimitive(7));
			assertFalse(start.serverStarted.get(), "answered before the server was started");
			assertEquals("2.0", answer.get("jsonrpc").getAsString());
			assertEquals(first, answer.get("result"));
			assertEquals(1, start.finish(new JsonPrimitive(7)), "the server's own answer never reaches the client");
			assertEquals("", start.stderr.toString(StandardCharsets.UTF_8));
		}
	}

	@Test
	void aStringIdIsAnsweredAsSent() throws Exception {
		JsonPrimitive id = new JsonPrimitive("init \u00fc\u00e9 \"1\"");
		JsonElement first = firstStart(initialize(id.toString(), 101, cache(), true), id);
		try (EarlyStart start = new EarlyStart(initialize(id.toString(), 303, cache(), true))) {
			JsonObject answer = start.answerTo(id);
			assertFalse(start.serverStarted.get(), "answered before the server was started");
			assertEquals(first, answer.get("result"));
			assertEquals(1, start.finish(id));
		}
	}

	/** A start whose answer must be the server's: the marker kept for other params (or unusable) never shows. */
	private void answeredByTheServer(String request, JsonElement id) throws Exception {
		try (EarlyStart start = new EarlyStart(request)) {
			start.go.countDown();
			JsonObject answer = start.answerTo(id);
			assertFalse(answer.toString().contains("FROM THE CACHE"), answer.toString());
			assertTrue(answer.getAsJsonObject("result").has("capabilities"), answer.toString());
			assertEquals(1, start.finish(id));
			assertEquals(answer.get("result"), InitializeAnswerCache.of(paramsOf(request)).lastAnswer(),
					"the server's answer is kept for the next start");
		}
	}

	@Test
	void anotherCapabilityMissesTheCache() throws Exception {
		InitializeAnswerCache.of(paramsOf(initialize("1", 1, cache(), true))).keep(marker());
		answeredByTheServer(initialize("1", 1, cache(), false), new JsonPrimitive(1));
	}

	@Test
	void aCorruptForeignOrLinkedCacheFileIsIgnoredAndReplaced() throws Exception {
		String request = initialize("5", 1, cache(), true);
		InitializeAnswerCache kept = InitializeAnswerCache.of(paramsOf(request));
		kept.keep(marker());
		String valid = Files.readString(kept.file());
		Files.writeString(kept.file(), valid.substring(0, valid.length() / 2)); // cut short
		answeredByTheServer(request, new JsonPrimitive(5));

		kept.keep(marker());
		JsonObject foreign = JsonParser.parseString(Files.readString(kept.file())).getAsJsonObject();
		foreign.addProperty("server", "another build");
		Files.writeString(kept.file(), foreign.toString());
		answeredByTheServer(request, new JsonPrimitive(5));

		kept.keep(marker());
		Path elsewhere = Files.move(kept.file(), temp.resolve("elsewhere.json"));
		Files.createSymbolicLink(kept.file(), elsewhere);
		answeredByTheServer(request, new JsonPrimitive(5));
		assertTrue(Files.isRegularFile(kept.file(), java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link is replaced");
		assertTrue(Files.readString(elsewhere).contains("FROM THE CACHE"), "not written through the link");
	}

	@Test
	void anAnswerTheServerNoLongerGivesIsShownOnceThenReplacedWithAWarning() throws Exception {
		String request = initialize("3", 1, cache(), true);
		InitializeAnswerCache.of(paramsOf(request)).keep(marker());
		try (EarlyStart start = new EarlyStart(request)) {
			JsonObject answer = start.answerTo(new JsonPrimitive(3));
			assertFalse(start.serverStarted.get());
			assertEquals(marker(), answer.get("result"));
			assertEquals(1, start.finish(new JsonPrimitive(3)));
			JsonObject now = InitializeAnswerCache.of(paramsOf(request)).lastAnswer();
			assertNotEquals(marker(), now);
			assertTrue(now.has("capabilities"));
			assertTrue(start.stderr.toString(StandardCharsets.UTF_8).contains("no longer gives"), start.stderr.toString());
		}
	}

	@Test
	void withoutACacheFolderTheServerAnswersAsBefore() throws Exception {
		try (EarlyStart start = new EarlyStart(initialize("1", 1, null, true))) {
			start.go.countDown();
			assertTrue(start.answerTo(new JsonPrimitive(1)).getAsJsonObject("result").has("capabilities"));
			assertEquals(1, start.finish(new JsonPrimitive(1)));
		}
		try (var files = Files.list(temp)) {
			assertEquals(List.of(temp.resolve("workspace")), files.toList(), "nothing written");
		}
	}

	@Test
	void aFirstMessageThatIsNotInitializeReachesTheServerUnchanged() throws Exception {
		String request = initialize("2", 1, cache(), true);
		InitializeAnswerCache.of(paramsOf(request)).keep(marker());
		try (EarlyStart start = new EarlyStart("[1, 2]")) { // JSON, but no message: the server skips it, as before
			start.send(request);
			start.go.countDown();
			JsonObject answer = start.answerTo(new JsonPrimitive(2));
			assertFalse(answer.toString().contains("FROM THE CACHE"), answer.toString());
			assertEquals(1, start.finish(new JsonPrimitive(2)));
		}
	}

	private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";

	/** A read request: the server answers it once the build queued before it is over. */
	private static void afterTheBuild(EarlyStart start, int id) throws Exception {
		start.send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"no-such\"}}");
		start.answerTo(new JsonPrimitive(id));
	}

	/** The diagnostics published per document, the last of each, among the messages the client got so far. */
	private static Map<String, JsonElement> published(List<JsonObject> messages) {
		Map<String, JsonElement> last = new TreeMap<>();
		messages.stream().filter(m -> m.has("method") && m.get("method").getAsString().equals("textDocument/publishDiagnostics"))
				.forEach(m -> last.put(m.getAsJsonObject("params").get("uri").getAsString(), m.getAsJsonObject("params").get("diagnostics")));
		return last;
	}

	@Test
	void aLaterStartShowsTheLastSessionsDiagnosticsBeforeTheServerExistsAndTheServerDoesNotRepeatThem() throws Exception {
		FirstBuildTest.writeWorkspaceWithLinksBetweenFiles(workspace());
		Map<String, JsonElement> last;
		try (EarlyStart start = new EarlyStart(initialize("1", 1, cache(), true))) {
			start.go.countDown();
			start.answerTo(new JsonPrimitive(1));
			start.send(INITIALIZED);
			afterTheBuild(start, 50);
			last = published(start.all);
			start.finish(new JsonPrimitive(1)); // shutdown: the diagnostics are kept for the next start
		}
		assertEquals(47, last.size(), last.keySet().toString());
		assertTrue(last.values().stream().anyMatch(d -> d.getAsJsonArray().size() > 0), "some files have findings");

		try (EarlyStart start = new EarlyStart(initialize("2", 2, cache(), true))) {
			start.answerTo(new JsonPrimitive(2));
			start.send(INITIALIZED); // the editor is ready for diagnostics
			while (published(start.all).size() < last.size()) {
				assertEquals("textDocument/publishDiagnostics", start.next().get("method").getAsString());
			}
			assertFalse(start.serverStarted.get(), "shown before the server was started");
			assertEquals(last, published(start.all));
			start.go.countDown();
			afterTheBuild(start, 51);
			assertEquals(last, published(start.all));
			assertEquals(last.size(), start.all.stream().filter(m -> m.has("method")
					&& m.get("method").getAsString().equals("textDocument/publishDiagnostics")).count(),
					"the server's build found the same and published nothing again");
			start.finish(new JsonPrimitive(2));
		}
	}

	@Test
	void aChangedFileShowsNothingEarly() throws Exception {
		FirstBuildTest.writeWorkspaceWithLinksBetweenFiles(workspace());
		try (EarlyStart start = new EarlyStart(initialize("1", 1, cache(), true))) {
			start.go.countDown();
			start.answerTo(new JsonPrimitive(1));
			start.send(INITIALIZED);
			afterTheBuild(start, 50);
			start.finish(new JsonPrimitive(1));
		}
		Files.writeString(workspace().resolve("p3.mentor"), "agreement changed \"Changed\"\n");
		try (EarlyStart start = new EarlyStart(initialize("2", 2, cache(), true))) {
			start.answerTo(new JsonPrimitive(2)); // from the cache: the params are the same
			start.send(INITIALIZED);
			assertTrue(start.earlyDone.await(30, TimeUnit.SECONDS));
			assertNull(start.received.poll(500, TimeUnit.MILLISECONDS), "nothing published before the server");
			assertFalse(start.serverStarted.get());
			start.go.countDown();
			afterTheBuild(start, 51);
			assertEquals(47, published(start.all).size(), "the server's build published every file");
			assertTrue(published(start.all).get(workspace().resolve("p3.mentor").toUri().toString())
					.toString().contains("message"), "the changed file's own findings");
			start.finish(new JsonPrimitive(2));
		}
	}
}
