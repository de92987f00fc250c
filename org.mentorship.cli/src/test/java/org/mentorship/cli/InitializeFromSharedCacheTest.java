package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.dsl.ide.server.InitializeAnswerCache;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The first start of a workspace answered from the folder all workspaces of a client share (the initialization
 * option sharedCacheFolder, the VS Code extension's global storage), through real streams (EarlyStart), and the fact
 * that makes it right: the real server's answer does not depend on which folder is open.
 */
class InitializeFromSharedCacheTest {

	@TempDir
	Path temp;

	private Path workspace(String name) throws IOException {
		Path folder = temp.resolve(name);
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			Files.copy(ValidateCommandTest.EXAMPLES.resolve("minimal.mentor"), folder.resolve("minimal.mentor"));
		}
		return folder;
	}

	private Path shared() {
		return temp.resolve("global-storage");
	}

	/**
	 * An initialize request as the VS Code extension sends it for the workspace {@code name}: its folder as rootUri and
	 * workspaceFolders, its own storage as cacheFolder, the shared folder (if given) and a capability.
	 */
	private String initialize(int id, String name, Path shared, boolean snippets) throws IOException {
		String root = new JsonPrimitive(workspace(name).toUri().toString()).toString();
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"processId\":" + (1000 + id)
				+ ",\"clientInfo\":{\"name\":\"Visual Studio Code\",\"version\":\"1.99.0\"},\"rootPath\":"
				+ new JsonPrimitive(workspace(name).toString()) + ",\"rootUri\":" + root
				+ ",\"workspaceFolders\":[{\"uri\":" + root + ",\"name\":\"" + name + "\"}]"
				+ ",\"capabilities\":{\"workspace\":{\"workspaceFolders\":true},\"textDocument\":{\"completion\":"
				+ "{\"completionItem\":{\"snippetSupport\":" + snippets + "}}}},\"initializationOptions\":"
				+ "{\"buildAfterInitialize\":true,\"cacheFolder\":" + new JsonPrimitive(temp.resolve("storage-" + name).toString())
				+ (shared == null ? "" : ",\"sharedCacheFolder\":" + new JsonPrimitive(shared.toString())) + "}}}";
	}

	private static JsonObject paramsOf(String request) {
		return JsonParser.parseString(request).getAsJsonObject().getAsJsonObject("params");
	}

	/** The file of the shared folder the answer to this request is kept in. */
	private static Path sharedFile(String request) {
		List<Path> files = InitializeAnswerCache.of(paramsOf(request)).files();
		return files.get(files.size() - 1);
	}

	/** A result no server gives: kept in a cache file, it shows whether the cached answer reached the client. */
	private static JsonObject marker() {
		return JsonParser.parseString("{\"capabilities\":{},\"marker\":\"FROM THE SHARED CACHE \u00e9\"}").getAsJsonObject();
	}

	/** A start the server answers (the latch let go at once); returns its answer's result. */
	private static JsonElement answeredByTheServer(String request, int id) throws Exception {
		try (EarlyStart start = new EarlyStart(request)) {
			start.go.countDown();
			JsonObject answer = start.answerTo(new JsonPrimitive(id));
			assertFalse(answer.toString().contains("FROM THE SHARED CACHE"), answer.toString());
			assertTrue(answer.getAsJsonObject("result").has("capabilities"), answer.toString());
			assertEquals(1, start.finish(new JsonPrimitive(id)));
			return answer.get("result");
		}
	}

	@Test
	void theFirstStartOfAnotherWorkspaceIsAnsweredFromTheSharedFolderBeforeTheServerExists() throws Exception {
		JsonElement first = answeredByTheServer(initialize(1, "a", shared(), true), 1);
		String second = initialize(2, "b", shared(), true);
		assertFalse(Files.exists(temp.resolve("storage-b")), "the workspace's own storage is new");
		try (EarlyStart start = new EarlyStart(second)) {
			JsonObject answer = start.answerTo(new JsonPrimitive(2));
			assertFalse(start.serverStarted.get(), "answered before the server was started");
			assertEquals(first, answer.get("result"));
			assertEquals(1, start.finish(new JsonPrimitive(2)), "the server's own answer never reaches the client");
			assertEquals("", start.stderr.toString(StandardCharsets.UTF_8), "the server answered the same");
		}
		List<Path> files = InitializeAnswerCache.of(paramsOf(second)).files();
		assertEquals(List.of(temp.resolve("storage-b").resolve("initialize-answer.json"), sharedFile(second)), files);
		assertTrue(Files.isRegularFile(files.get(0)), "the workspace's own storage got the answer too");
		assertEquals(first, InitializeAnswerCache.of(paramsOf(second)).lastAnswer());
	}

	@Test
	void theServersAnswerDoesNotDependOnTheFolderItsStorageOrHowManyFolders() throws Exception {
		JsonElement a = answeredByTheServer(initialize(1, "a", null, true), 1);
		JsonObject two = paramsOf(initialize(2, "b", null, true));
		two.getAsJsonArray("workspaceFolders").add(paramsOf(initialize(2, "c", null, true)).getAsJsonArray("workspaceFolders").get(0));
		JsonElement b = answeredByTheServer(request(2, two), 2);
		assertEquals(a, b);
		// the shared folder's key is the same for both: the workspace's fields are left out of it
		assertEquals(sharedFile(initialize(1, "a", shared(), true)), sharedFile(request(2, withShared(two))));
	}

	@Test
	void whetherAFolderIsOpenAtAllChangesTheAnswerAndSoTheKey() throws Exception {
		// no folder and no workspaceFolders capability: the server opens an empty workspace and announces folders
		String none = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":{\"processId\":1,\"rootUri\":null,"
				+ "\"capabilities\":{},\"initializationOptions\":{\"sharedCacheFolder\":" + new JsonPrimitive(shared().toString()) + "}}}";
		JsonObject withFolder = paramsOf(none);
		withFolder.addProperty("rootUri", workspace("a").toUri().toString());
		assertNotEquals(answeredByTheServer(none, 3), answeredByTheServer(request(3, withFolder), 3));
		assertNotEquals(sharedFile(none), sharedFile(request(3, withFolder)));
	}

	private JsonObject withShared(JsonObject params) {
		params.getAsJsonObject("initializationOptions").addProperty("sharedCacheFolder", shared().toString());
		return params;
	}

	private static String request(int id, JsonObject params) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":" + params + "}";
	}

	@Test
	void anotherCapabilityAnotherBuildOrABrokenOrLinkedFileMissesAndIsReplaced() throws Exception {
		InitializeAnswerCache.of(paramsOf(initialize(1, "a", shared(), true))).keep(marker());
		answeredByTheServer(initialize(1, "b", shared(), false), 1); // another capability: another key

		String request = initialize(2, "c", shared(), true);
		Path file = sharedFile(request);
		JsonObject foreign = JsonParser.parseString(Files.readString(sharedFile(initialize(1, "a", shared(), true)))).getAsJsonObject();
		foreign.addProperty("server", "another build");
		Files.writeString(file, foreign.toString());
		answeredByTheServer(request, 2);

		InitializeAnswerCache.of(paramsOf(request)).keep(marker());
		String valid = Files.readString(file);
		Files.writeString(file, valid.substring(0, valid.length() / 2)); // cut short
		Files.deleteIfExists(temp.resolve("storage-c").resolve("initialize-answer.json")); // only the shared one counts
		answeredByTheServer(request, 2);

		InitializeAnswerCache.of(paramsOf(request)).keep(marker());
		Files.deleteIfExists(temp.resolve("storage-c").resolve("initialize-answer.json"));
		Path elsewhere = Files.move(file, temp.resolve("elsewhere.json"));
		Files.createSymbolicLink(file, elsewhere);
		JsonElement server = answeredByTheServer(request, 2);
		assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), "the link is replaced");
		assertTrue(Files.readString(elsewhere).contains("FROM THE SHARED CACHE"), "not written through the link");
		assertEquals(server, InitializeAnswerCache.of(paramsOf(request)).lastAnswer());
	}

	@Test
	void anAnswerTheServerNoLongerGivesIsShownOnceThenReplacedWithAWarning() throws Exception {
		String request = initialize(4, "d", shared(), true);
		InitializeAnswerCache.of(paramsOf(request)).keep(marker());
		Files.delete(temp.resolve("storage-d").resolve("initialize-answer.json")); // a new workspace: only the shared one
		try (EarlyStart start = new EarlyStart(request)) {
			JsonObject answer = start.answerTo(new JsonPrimitive(4));
			assertFalse(start.serverStarted.get());
			assertEquals(marker(), answer.get("result"));
			assertEquals(1, start.finish(new JsonPrimitive(4)));
			assertTrue(start.stderr.toString(StandardCharsets.UTF_8).contains("no longer gives"), start.stderr.toString());
		}
		JsonObject kept = JsonParser.parseString(Files.readString(sharedFile(request))).getAsJsonObject();
		assertNotEquals(marker(), kept.get("result"));
		assertTrue(kept.getAsJsonObject("result").has("capabilities"));
	}

	@Test
	void theSharedFolderKeepsTheNewestSixteenAnswersAndNothingElseIsTouched() throws Exception {
		Files.createDirectories(shared());
		Path archive = Files.writeString(shared().resolve("mentor-lsp-17.jsa"), "class-data archive");
		Path ownAnswer = Files.writeString(shared().resolve("initialize-answer.json"), "a workspace's answer");
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < 20; i++) { // 20 clients (their versions) one after the other
			JsonObject params = paramsOf(initialize(1, "a", shared(), true));
			params.getAsJsonObject("clientInfo").addProperty("version", "1." + i);
			params.getAsJsonObject("initializationOptions").remove("cacheFolder");
			InitializeAnswerCache cache = InitializeAnswerCache.of(params);
			cache.keep(marker());
			written.add(cache.file());
			Files.setLastModifiedTime(cache.file(), FileTime.fromMillis(1_000_000_000_000L + i * 1000L));
		}
		try (Stream<Path> files = Files.list(shared())) {
			assertEquals(new TreeSet<>(Stream.concat(written.subList(4, 20).stream(), Stream.of(archive, ownAnswer)).toList()),
					new TreeSet<>(files.toList()), "the newest 16 answers, the other files untouched");
		}
	}

	private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";

	/** A read request, answered once the build queued before it is over. */
	private static void afterTheBuild(EarlyStart start, int id) throws Exception {
		start.send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"x\"}}");
		start.answerTo(new JsonPrimitive(id));
	}

	private static long publications(EarlyStart start) {
		return start.all.stream().filter(m -> m.has("method")
				&& m.get("method").getAsString().equals("textDocument/publishDiagnostics")).count();
	}

	@Test
	void theLastSessionsDiagnosticsStayWithTheirWorkspace() throws Exception {
		FirstBuildTest.writeWorkspaceWithLinksBetweenFiles(workspace("a"));
		FirstBuildTest.writeWorkspaceWithLinksBetweenFiles(workspace("b")); // the same files in another folder
		try (EarlyStart start = new EarlyStart(initialize(1, "a", shared(), true))) {
			start.go.countDown();
			start.answerTo(new JsonPrimitive(1));
			start.send(INITIALIZED);
			afterTheBuild(start, 50);
			assertTrue(publications(start) > 0);
			start.finish(new JsonPrimitive(1)); // shutdown: a's diagnostics kept in a's storage
		}
		try (Stream<Path> kept = Files.list(temp.resolve("storage-a"))) {
			assertTrue(kept.anyMatch(f -> f.getFileName().toString().startsWith("diagnostics-")), "a's session kept");
		}
		try (EarlyStart start = new EarlyStart(initialize(2, "b", shared(), true))) {
			start.answerTo(new JsonPrimitive(2)); // from the shared folder
			start.send(INITIALIZED);
			assertTrue(start.earlyDone.await(30, TimeUnit.SECONDS));
			assertNull(start.received.poll(500, TimeUnit.MILLISECONDS),
					"nothing of another workspace's session shown before the server");
			assertFalse(start.serverStarted.get());
			start.go.countDown();
			afterTheBuild(start, 51);
			assertTrue(publications(start) > 0, "the server's build published b's own");
			String a = workspace("a").toUri().toString();
			assertTrue(start.all.stream().noneMatch(m -> m.toString().contains(a)), "nothing about a's files");
			start.finish(new JsonPrimitive(2));
		}
	}
}
