package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.server.MentorServerLauncher;

/**
 * The server Eclipse runs in its own process does its work (the first build on every core, a keystroke's checks, the
 * checks after a pause) on threads of the lowest priority, so that the workbench's UI thread gets a core first;
 * {@code mentor lsp}, alone in its process, keeps the normal priority.
 */
class InProcessServerThreadsTest {

	private final Path workspace = Files.createTempDirectory("mentor-threads");

	InProcessServerThreadsTest() throws java.io.IOException {
	}

	@Test
	void theInProcessServerWorksAtTheLowestPriority() throws Exception {
		assertEquals(Set.of(Thread.MIN_PRIORITY), prioritiesOfTheThreadsThatPublish(MentorServerLauncher::newInProcessServer));
	}

	@Test
	void mentorLspKeepsTheNormalPriority() throws Exception {
		assertEquals(Set.of(Thread.NORM_PRIORITY), prioritiesOfTheThreadsThatPublish(MentorServerLauncher::newServer));
	}

	/** The priorities of every thread that published diagnostics during a first build, a keystroke and a pause. */
	private Set<Integer> prioritiesOfTheThreadsThatPublish(Supplier<LanguageServerImpl> servers) throws Exception {
		String minimal = Files.readString(ValidateCommandTest.EXAMPLES.resolve("minimal.mentor"));
		for (int i = 0; i < 60; i++) {
			Files.writeString(workspace.resolve("a" + i + ".mentor"), minimal.replace("sam-lee-2027", "pair-" + i));
		}
		Set<Integer> priorities = ConcurrentHashMap.newKeySet();
		Set<String> uris = ConcurrentHashMap.newKeySet();
		Set<String> messages = ConcurrentHashMap.newKeySet();
		LanguageServerImpl server = servers.get();
		server.connect(new DiagnosticsClient(published -> {
			priorities.add(Thread.currentThread().getPriority());
			uris.add(published.getUri());
			published.getDiagnostics().forEach(d -> messages.add(String.valueOf(d.getMessage())));
		}));
		server.initialize(DiagnosticsClient.initializeParams(workspace, true));
		server.initialized(new InitializedParams());
		String opened = workspace.resolve("a7.mentor").toUri().toString();
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(opened, "mentor", 1,
				Files.readString(workspace.resolve("a7.mentor")))));
		waitUntil(() -> uris.size() == 60);
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(opened, 2),
				List.of(new TextDocumentContentChangeEvent(minimal.replace("sam-lee-2027", "pair-7").replace("from lee", "from leee")))));
		waitUntil(() -> messages.stream().anyMatch(m -> m.contains("leee")));
		Thread.sleep(1_000); // the checks that wait for a pause in the typing (500 ms)
		server.shutdown().get(30, TimeUnit.SECONDS);
		return priorities;
	}

	private static void waitUntil(Supplier<Boolean> done) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!done.get()) {
			assertTrue(System.nanoTime() < deadline, "timed out");
			Thread.sleep(20);
		}
	}
}
