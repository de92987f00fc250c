package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorship.dsl.ide.server.MentorServerModule;
import org.mentorship.dsl.model.Today;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Guice;

/**
 * The last session's diagnostics (server.LastSessionDiagnostics): with the initialization option cacheFolder a
 * second start of the same workspace shows at once what the first start published last, then confirms it. Each
 * start is a new server as `mentor lsp` runs it (own request queue and threads), seen from the client.
 */
class LastSessionDiagnosticsTest {

	/** A finding no build makes: written into a cache file, it shows whether the cache was published. */
	private static final String MARKER = "FROM THE CACHE";

	private final Path workspace = Files.createTempDirectory("mentor-last-session");
	private final Path cache = Files.createTempDirectory("mentor-cache").resolve("storage");

	LastSessionDiagnosticsTest() throws IOException {
		FirstBuildTest.writeWorkspaceWithLinksBetweenFiles(workspace);
	}

	@AfterEach
	void backToTheRealDate() {
		Today.fix(null); // the setting `today` holds for the whole process
	}

	/** One start: what the client got, in order, and whether initialize (waiting for the build) had answered yet. */
	private final class Start {
		final List<PublishDiagnosticsParams> published = Collections.synchronizedList(new ArrayList<>());
		final List<Boolean> afterBuild = Collections.synchronizedList(new ArrayList<>());
		final LanguageServerImpl server = Guice.createInjector(new MentorServerModule()).getInstance(LanguageServerImpl.class);
		CompletableFuture<?> answer;

		Start(Path cacheFolder, String today) throws Exception {
			server.connect(new DiagnosticsClient(params -> {
				synchronized (published) {
					afterBuild.add(answer != null && answer.isDone());
					published.add(params);
				}
			}));
			InitializeParams params = DiagnosticsClient.initializeParams(workspace, false);
			JsonObject options = (JsonObject) params.getInitializationOptions();
			if (cacheFolder != null) {
				options.addProperty("cacheFolder", cacheFolder.toString());
			}
			options.addProperty("today", today);
			synchronized (published) {
				answer = server.initialize(params);
			}
			server.initialized(new InitializedParams());
			answer.get(120, TimeUnit.SECONDS);
		}

		/** Every publication as text, by file in order. */
		Map<String, List<String>> byFile() {
			Map<String, List<String>> byFile = new TreeMap<>();
			synchronized (published) {
				published.forEach(p -> byFile.computeIfAbsent(p.getUri(), uri -> new ArrayList<>()).add(text(p)));
			}
			return byFile;
		}

		Map<String, String> latest() {
			Map<String, String> latest = new TreeMap<>();
			byFile().forEach((uri, all) -> latest.put(uri, all.get(all.size() - 1)));
			return latest;
		}

		boolean anyFromCache() {
			return byFile().values().stream().flatMap(List::stream).anyMatch(text -> text.contains(MARKER));
		}

		void stop() throws Exception {
			server.shutdown().get(30, TimeUnit.SECONDS); // writes the cache (exit would end the test's JVM)
		}
	}

	private static String text(PublishDiagnosticsParams params) {
		return params.getDiagnostics().stream()
				.map(d -> d.getRange() + " " + d.getSeverity() + " " + d.getCode() + " " + d.getMessage()).sorted().toList()
				.toString();
	}

	@Test
	void aSecondStartShowsWhatTheFirstShowedLastBeforeItsBuildEndsAndOnlyOnce() throws Exception {
		Start first = new Start(cache, "2027-03-01");
		first.stop();
		Map<String, String> shown = first.latest();
		assertTrue(shown.get(uri("unknown-programme.mentor")).contains("mentor.unresolved-reference"), shown.toString());

		Start second = new Start(cache, "2027-03-01");
		assertEquals(shown, second.latest(), "what the real build finds is what was shown");
		second.byFile().forEach((uri, all) -> assertEquals(1, all.size(), uri + " published once, not again by the build: " + all));
		assertFalse(second.afterBuild.contains(true), "every file's diagnostics came before the build was over");
		second.stop();
	}

	@Test
	void whereTheBuildFindsOtherwiseItPublishesAgain() throws Exception {
		new Start(cache, "2027-03-01").stop();
		Map<String, String> real = new Start(cache, "2027-03-01").latest();
		mark(file -> file.equals("agreement.mentor"));

		Start second = new Start(cache, "2027-03-01");
		List<String> agreement = second.byFile().get(uri("agreement.mentor"));
		assertEquals(2, agreement.size(), agreement.toString());
		assertTrue(agreement.get(0).contains(MARKER), "first the cache's: " + agreement);
		assertEquals(real.get(uri("agreement.mentor")), agreement.get(1), "then the build's");
		assertEquals(real, second.latest());
	}

	@ParameterizedTest
	@ValueSource(strings = { "a file changed", "a file added", "a file removed", "another date" })
	void afterAnyChangeNothingFromTheCacheIsShown(String change) throws Exception {
		new Start(cache, "2027-03-01").stop();
		mark(file -> true);
		String today = "2027-03-01";
		switch (change) {
		case "a file changed" -> Files.writeString(workspace.resolve("p3.mentor"), "\n// a comment\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		case "a file added" -> Files.copy(workspace.resolve("p3.mentor"), workspace.resolve("new.mentor"));
		case "a file removed" -> Files.delete(workspace.resolve("p3.mentor"));
		default -> today = "2027-03-02";
		}
		Start second = new Start(cache, today);
		assertFalse(second.anyFromCache(), "nothing from the cache after " + change + ": " + second.byFile());
		assertEquals(fileCount(), second.byFile().size(), "every file checked");
	}

	@ParameterizedTest
	@ValueSource(strings = { "truncated", "not JSON", "empty", "another workspace's" })
	void aBrokenCacheFileIsIgnoredAndWrittenAgain(String damage) throws Exception {
		Start first = new Start(cache, "2027-03-01");
		first.stop();
		Path file = cacheFile();
		byte[] bytes = Files.readAllBytes(file);
		switch (damage) {
		case "truncated" -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		case "not JSON" -> Files.writeString(file, "\u0000\u00ff not json {");
		case "empty" -> Files.write(file, new byte[0]);
		default -> Files.writeString(file, new String(bytes, StandardCharsets.UTF_8).replace(
				workspace.toUri().toString().replaceFirst("/$", ""), workspace.toUri() + "elsewhere"));
		}
		Start second = new Start(cache, "2027-03-01");
		assertEquals(first.latest(), second.latest(), "the start works as without a cache");
		second.stop();

		mark(uri -> true); // written again: a third start shows it
		assertTrue(new Start(cache, "2027-03-01").anyFromCache(), "a good cache was written again");
	}

	@Test
	void theCacheIsWrittenInsideItsFolderInOneStepAfterTheBuildSettles() throws Exception {
		new Start(cache, "2027-03-01"); // no shutdown: written once the builds have settled
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		// the write is a temporary file renamed in one step: seen mid-write, the folder holds only the temporary file
		while (!Files.exists(cache) || listing(cache).stream().noneMatch(p -> !p.toString().endsWith(".tmp"))) {
			assertTrue(System.nanoTime() < deadline, "no cache written");
			Thread.sleep(100);
		}
		Path file = cacheFile();
		assertEquals(List.of(file), listing(cache), "one file per workspace folder, no temporary file left");

		mark(uri -> true);
		Path outside = Files.createTempFile("mentor-outside", ".json"); // a good cache, but behind a link: not read
		String marked = Files.readString(file);
		Files.writeString(outside, marked);
		Files.delete(file);
		Files.createSymbolicLink(file, outside);
		Start second = new Start(cache, "2027-03-01");
		assertFalse(second.anyFromCache());
		second.stop();
		assertEquals(marked, Files.readString(outside), "the link's target is left alone");
		assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), "the link was replaced by the cache file");
		assertEquals(List.of(file), listing(cache));
	}

	@Test
	void findingsOfUnsavedEditsAreNeverCached() throws Exception {
		new Start(cache, "2027-03-01").stop();
		byte[] before = Files.readAllBytes(cacheFile());
		Start second = new Start(cache, "2027-03-01");
		String edited = Files.readString(workspace.resolve("agreement.mentor")).replace("from olu", "from oluu");
		second.server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri("agreement.mentor"), "mentor", 1, edited)));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!String.valueOf(second.byFile().get(uri("agreement.mentor"))).contains("oluu")) {
			assertTrue(System.nanoTime() < deadline, "the edited text was not checked");
			Thread.sleep(50);
		}
		Thread.sleep(2500); // past the time a cache would be written after the build
		second.stop();
		assertArrayEquals(before, Files.readAllBytes(cacheFile()), "the cache still holds the files on disk");
	}

	@Test
	void withoutACacheFolderNothingIsWritten() throws Exception {
		List<Path> before = listing(workspace);
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		List<Path> tmpBefore = listing(tmp);
		Start start = new Start(null, "2027-03-01");
		start.stop();
		Thread.sleep(2500); // past the time a cache would be written after the build
		assertEquals(before, listing(workspace));
		List<Path> tmpAfter = listing(tmp);
		tmpAfter.removeAll(tmpBefore);
		assertTrue(tmpAfter.stream().noneMatch(p -> p.getFileName().toString().startsWith("diagnostics-")), tmpAfter.toString());
		assertFalse(Files.exists(cache));
	}

	/** Replaces the cached diagnostics of the files whose path passes with one that only the cache has. */
	private void mark(java.util.function.Predicate<String> files) throws IOException {
		Path file = cacheFile();
		JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
		for (JsonElement entry : json.getAsJsonArray("files")) {
			if (files.test(entry.getAsJsonObject().get("path").getAsString())) {
				JsonArray diagnostics = JsonParser.parseString("[{\"range\": {\"start\": {\"line\": 0, \"character\": 0},"
						+ " \"end\": {\"line\": 0, \"character\": 1}}, \"severity\": 1, \"message\": \"" + MARKER + "\"}]")
						.getAsJsonArray();
				entry.getAsJsonObject().add("diagnostics", diagnostics);
			}
		}
		Files.writeString(file, json.toString());
	}

	private Path cacheFile() throws IOException {
		List<Path> files = listing(cache);
		assertEquals(1, files.size(), "one cache file: " + files);
		return files.get(0);
	}

	private long fileCount() throws IOException {
		return listing(workspace).stream().filter(p -> p.toString().endsWith(".mentor")).count();
	}

	private static List<Path> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.sorted().toList());
		}
	}

	private String uri(String file) {
		return workspace.resolve(file).toUri().toString();
	}
}
