package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.server.MentorServerModule;

import com.google.inject.Guice;

/**
 * The initialization option buildAfterInitialize (sent by the VS Code extension): initialize answers before the
 * workspace is built. The server runs as `mentor lsp` runs it (this jar's class path), with its own request queue
 * and threads; Xtext's test base runs every request on the caller's thread, where an answer always comes after
 * the build.
 */
class BuildAfterInitializeTest {

	private static final int FILES = 50;

	private final Path workspace;

	BuildAfterInitializeTest() throws java.io.IOException {
		workspace = Files.createTempDirectory("mentor-build-after-initialize");
	}

	/** Diagnostics by file, as the server published them. */
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	@Test
	void withTheOptionInitializeAnswersBeforeTheBuildAndTheBuildStillHappens() throws Exception {
		CompletableFuture<InitializeResult> answer = initialize(true);
		assertTrue(answer.isDone(), "answered before building " + FILES + " files");
		assertTrue(answer.get().getCapabilities().getSelectionRangeProvider().getLeft());
		assertEquals(FILES, filesWithDiagnostics(), "every file built and checked");
	}

	@Test
	void withoutTheOptionInitializeAnswersOnceTheWorkspaceIsBuilt() throws Exception {
		CompletableFuture<InitializeResult> answer = initialize(false);
		assertFalse(answer.isDone(), "building " + FILES + " files takes longer than calling initialize");
		answer.get(60, TimeUnit.SECONDS);
		assertEquals(FILES, filesWithDiagnostics());
	}

	private LanguageServerImpl server;

	private CompletableFuture<InitializeResult> initialize(boolean buildAfterInitialize) throws Exception {
		for (int i = 0; i < FILES; i++) {
			Files.writeString(workspace.resolve("a" + i + ".mentor"), "agreement a" + i + " \"A\"\n");
		}
		server = Guice.createInjector(new MentorServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(new DiagnosticsClient(params -> diagnostics.put(params.getUri(), params.getDiagnostics())));
		InitializeParams params = DiagnosticsClient.initializeParams(workspace, buildAfterInitialize);
		CompletableFuture<InitializeResult> answer = server.initialize(params);
		server.initialized(new InitializedParams()); // diagnostics are published once the client is ready
		return answer;
	}

	/** How many files got diagnostics (an empty list for a file without findings), waiting up to a minute for all. */
	private int filesWithDiagnostics() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (diagnostics.size() < FILES && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return diagnostics.size();
	}
}
