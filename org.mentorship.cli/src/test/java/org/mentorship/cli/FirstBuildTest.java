package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.server.MentorServerModule;
import org.mentorship.dsl.ide.server.OpenedEarly;

import com.google.gson.JsonObject;
import com.google.inject.Guice;

/**
 * The server's first build of a workspace (server.FirstBuild: every core, the editor's open documents first), run
 * as `mentor lsp` runs it: with its own request queue and threads.
 */
class FirstBuildTest {

	private static final Path EXAMPLES = ValidateCommandTest.EXAMPLES;

	private static final String UNRESOLVED = "mentor.unresolved-reference";

	/** Every publication in the order the client got them. */
	private final List<PublishDiagnosticsParams> published = Collections.synchronizedList(new ArrayList<>());

	private final Path workspace = Files.createTempDirectory("mentor-first-build");

	private LanguageServerImpl server;

	FirstBuildTest() throws java.io.IOException {
	}

	@Test
	void theDocumentOpenedDuringTheBuildGetsItsDiagnosticsBeforeTheOtherFiles() throws Exception {
		String minimal = Files.readString(EXAMPLES.resolve("minimal.mentor"));
		int files = 400;
		for (int i = 0; i < files; i++) {
			String text = minimal.replace("sam-lee-2027", "pair-" + i);
			Files.writeString(workspace.resolve("a" + i + ".mentor"), i == 200 ? text.replace("from lee", "from leee") : text);
		}
		String opened = uri("a200.mentor");
		initialize(true);
		server.didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(opened, "mentor", 1, Files.readString(workspace.resolve("a200.mentor")))));

		waitFor(all -> all.stream().map(PublishDiagnosticsParams::getUri).distinct().count() == files);
		List<String> order = new ArrayList<>();
		published.forEach(p -> order.add(p.getUri()));
		int before = order.indexOf(opened);
		assertTrue(before < files / 10, "the opened file was published after " + before + " of the other " + (files - 1));
		assertTrue(published.get(before).getDiagnostics().stream().anyMatch(d -> String.valueOf(d.getMessage()).contains("leee")),
				"its own findings, checked against the whole workspace: " + published.get(before).getDiagnostics());
		assertEquals(files, order.stream().distinct().count(), "every file checked");
	}

	/**
	 * Documents opened as the build starts are checked against the few files they depend on (server.OpenedEarly)
	 * before the other files are parsed: what they get first must be what the whole workspace gives them.
	 */
	@Test
	void documentsOpenedAtTheStartGetFirstWhatTheWholeWorkspaceGivesThem() throws Exception {
		writeWorkspaceWithLinksBetweenFiles(workspace);
		String minimal = Files.readString(EXAMPLES.resolve("minimal.mentor"));
		for (int i = 0; i < 300; i++) { // so that the others are still being parsed when the documents are opened
			Files.writeString(workspace.resolve("m" + i + ".mentor"), minimal.replace("sam-lee-2027", "pair-m" + i));
		}
		List<String> opened = List.of("agreement.mentor", "same-id.mentor", "p7.mentor", "programme.mentor",
				"unknown-programme.mentor", "broken.mentor", "empty.mentor", "m150.mentor");
		long before = OpenedEarly.published();
		initialize(true);
		for (String file : opened) {
			server.didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(uri(file), "mentor", 1, Files.readString(workspace.resolve(file)))));
		}
		int files = 346;
		waitFor(all -> all.stream().map(PublishDiagnosticsParams::getUri).distinct().count() == files);
		Map<String, String> first = new TreeMap<>();
		synchronized (published) {
			published.forEach(p -> first.putIfAbsent(p.getUri(), asText(p)));
		}
		long early = OpenedEarly.published() - before;
		published.clear();
		server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
		waitFor(all -> all.stream().map(PublishDiagnosticsParams::getUri).distinct().count() == files);
		Map<String, String> xtexts = latestByFile();
		for (String file : opened) {
			assertEquals(xtexts.get(uri(file)), first.get(uri(file)), file);
		}
		assertTrue(first.get(uri("same-id.mentor")).contains("mentor.duplicate-id"), first.get(uri("same-id.mentor")));
		assertTrue(early >= 1, "none checked before the others were parsed");
	}

	/**
	 * Every agreement of the repository's corpora (examples, held-out agreements, mistakes, clock changes, fuzzing's
	 * regressions) in one workspace: some share ids, some name programmes that exist and some that do not, many do not
	 * parse. Each one checked as a document opened at the start is checked (server.OpenedEarly), whenever it can be
	 * done from a few files, gets exactly what Xtext's own build of every file gives it.
	 */
	@Test
	void whatADocumentGetsFromAFewFilesIsWhatTheWholeWorkspaceGivesIt() throws Exception {
		Path root = EXAMPLES.getParent();
		List<URI> files = new ArrayList<>();
		for (String folder : List.of("examples", "org.mentorship.dsl.tests/heldout", "org.mentorship.dsl.tests/mistakes",
				"org.mentorship.dsl.tests/clock-changes", "org.mentorship.dsl.tests/fuzz/regressions")) {
			try (var corpus = Files.list(root.resolve(folder))) {
				for (Path file : corpus.filter(f -> f.toString().endsWith(".mentor")).sorted().toList()) {
					String name = root.relativize(file).toString().replace('/', '_');
					Files.copy(file, workspace.resolve(name));
					files.add(URI.createURI(uri(name)));
				}
			}
		}
		// and an agreement whose programme's cadence is like another programme's: found in three rounds
		String programme = Files.readString(EXAMPLES.resolve("programme-women-in-tech.mentor"));
		Files.writeString(workspace.resolve("chain-base.mentor"), programme.replace("women-in-tech-2027", "chain-base-2028"));
		Files.writeString(workspace.resolve("chain-derived.mentor"), programme.replace("women-in-tech-2027", "chain-derived-2028")
				.replace("cadence monthly-default\n  monthly on the second Tuesday at 17:00 for 60 minutes by video\n",
						"cadence monthly-default like chain-base-2028.monthly-default\n"));
		Files.writeString(workspace.resolve("chain-agreement.mentor"), Files.readString(EXAMPLES.resolve("programme-agreement.mentor"))
				.replace("nadia-olu-2027", "chain-2028").replace("programme women-in-tech-2027", "programme chain-derived-2028"));
		assertTrue(Files.readString(workspace.resolve("chain-derived.mentor")).contains("like chain-base-2028"));
		for (String chain : List.of("chain-base.mentor", "chain-derived.mentor", "chain-agreement.mentor")) {
			files.add(URI.createURI(uri(chain)));
		}
		var injector = Guice.createInjector(new MentorServerModule());
		server = injector.getInstance(LanguageServerImpl.class);
		WorkspaceManager workspaces = injector.getInstance(WorkspaceManager.class); // one kept to ask for the project
		server.setWorkspaceManager(workspaces);
		server.connect(new DiagnosticsClient(published::add));
		server.initialize(DiagnosticsClient.initializeParams(workspace, false)).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		published.clear();
		server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
		waitFor(all -> all.stream().map(PublishDiagnosticsParams::getUri).distinct().count() == files.size());
		Map<String, List<String>> xtexts = new TreeMap<>();
		synchronized (published) {
			published.forEach(p -> xtexts.put(p.getUri(), p.getDiagnostics().stream().map(d -> d.getRange().getStart().getLine()
					+ ":" + d.getRange().getStart().getCharacter() + " " + d.getSeverity().name().charAt(0) + " "
					+ d.getCode().getLeft() + " " + d.getMessage().getLeft()).sorted().toList()));
		}
		ProjectManager project = workspaces.getProjectManagers().get(0);
		OpenedEarly early = new OpenedEarly(project, injector.getInstance(IResourceServiceProvider.Registry.class), files);
		Map<String, List<String>> fromAFew = new TreeMap<>();
		for (URI file : files) {
			early.publish(file, null, (uri, issues) -> fromAFew.put(uri.toString(), StreamSupport.stream(issues.spliterator(), false)
					.map(i -> (i.getLineNumber() - 1) + ":" + (i.getColumn() - 1) + " " + i.getSeverity().name().charAt(0) + " "
							+ i.getCode() + " " + i.getMessage()).sorted().toList()), CancelIndicator.NullImpl);
		}
		fromAFew.forEach((file, issues) -> assertEquals(xtexts.get(file), issues, file));
		assertEquals(List.of(), fromAFew.get(uri("chain-agreement.mentor")), "the programme's cadence found through its base");
		assertTrue(fromAFew.size() > files.size() / 3, fromAFew.size() + " of " + files.size() + " from a few files");
	}

	@Test
	void reportsWhatXtextsOwnBuildReports() throws Exception {
		writeWorkspaceWithLinksBetweenFiles(workspace);
		initialize(false);
		Map<String, String> first = latestByFile();
		published.clear();
		// a new setting checks every file again with Xtext's own (sequential) builder (MentorLanguageServer)
		server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
		waitFor(all -> all.stream().map(PublishDiagnosticsParams::getUri).distinct().count() == first.size());
		assertEquals(first, latestByFile());
		assertFalse(first.get(uri("p1.mentor")).contains(UNRESOLVED), "the programme and its defaults found: " + first);
		assertTrue(first.get(uri("unknown-programme.mentor")).contains(UNRESOLVED), first.toString());
		assertTrue(first.get(uri("same-id.mentor")).contains("mentor.duplicate-id"), first.toString());
	}

	@Test
	void laterChangesOfOneFileReachTheFilesThatUseIt() throws Exception {
		writeWorkspaceWithLinksBetweenFiles(workspace);
		initialize(false);
		assertFalse(latestByFile().get(uri("agreement.mentor")).contains(UNRESOLVED), latestByFile().toString());
		published.clear();
		Path programme = workspace.resolve("programme.mentor");
		Files.writeString(programme, Files.readString(programme).replace("boundaries standard", "boundaries usual"));
		server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
				List.of(new FileEvent(uri("programme.mentor"), FileChangeType.Changed))));
		waitFor(all -> all.stream().anyMatch(p -> p.getUri().equals(uri("agreement.mentor"))));
		String now = latestByFile().get(uri("agreement.mentor"));
		assertTrue(now.contains(UNRESOLVED) && now.contains("standard"),
				"the agreement lost the programme's default it used: " + latestByFile().get(uri("agreement.mentor")));
	}

	@Test
	void anAgreementGeneratedBeforeIsGeneratedAgainAsXtextsBuildDid() throws Exception {
		Files.writeString(workspace.resolve("a.mentor"), ValidateCommandTest.VALID);
		Path html = Files.createDirectories(workspace.resolve("generated")).resolve("a.html");
		Files.writeString(html, "an old summary");
		Files.writeString(workspace.resolve("b.mentor"), ValidateCommandTest.VALID.replace("agreement a ", "agreement b "));
		initialize(false);
		assertTrue(Files.readString(html).contains("Lead three design reviews"), "generated again from the file on disk");
		assertTrue(Files.exists(workspace.resolve("generated/a.ics")));
		assertFalse(Files.exists(workspace.resolve("generated/b.html")), "an agreement never generated stays so");
	}

	/**
	 * After the first build no model is loaded, so read requests load the files they need, in parallel (an editor that
	 * restores its documents asks for colours, folding and symbols of each at once): none may fail ("already
	 * registered" from EMF's resource set), and each answer is the file's.
	 */
	@Test
	void parallelReadsLoadEachFileOnce() throws Exception {
		writeWorkspaceWithLinksBetweenFiles(workspace);
		initialize(false);
		List<CompletableFuture<String>> answers = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (int i = 0; i < 40; i++) {
				TextDocumentIdentifier file = new TextDocumentIdentifier(uri("p" + i + ".mentor"));
				answers.add(server.documentSymbol(new DocumentSymbolParams(file)).thenApply(symbols -> file.getUri() + " "
						+ symbols.size()));
				answers.add(server.foldingRange(new FoldingRangeRequestParams(file)).thenApply(ranges -> file.getUri() + " "
						+ ranges.size() + " ranges"));
			}
		}
		List<String> distinct = new ArrayList<>();
		for (CompletableFuture<String> answer : answers) {
			String text = answer.get(60, TimeUnit.SECONDS);
			if (!distinct.contains(text)) {
				distinct.add(text);
			}
		}
		assertEquals(80, distinct.size(), "one symbol count and one folding count per file: " + distinct);
	}

	/** A programme and agreements that use it, miss it or share an id, a file that does not parse, another file type. */
	static void writeWorkspaceWithLinksBetweenFiles(Path workspace) throws java.io.IOException {
		Files.writeString(workspace.resolve("programme.mentor"), Files.readString(EXAMPLES.resolve("programme-women-in-tech.mentor")));
		String agreement = Files.readString(EXAMPLES.resolve("programme-agreement.mentor"));
		Files.writeString(workspace.resolve("agreement.mentor"), agreement);
		Files.writeString(workspace.resolve("unknown-programme.mentor"), agreement.replace("nadia-olu-2027", "other-2027")
				.replace("programme women-in-tech-2027", "programme no-such-programme"));
		Files.writeString(workspace.resolve("same-id.mentor"), agreement);
		Files.writeString(workspace.resolve("broken.mentor"), "agreement broken \"Half\n  from 2027-13-45 to\n goal");
		Files.writeString(workspace.resolve("empty.mentor"), "");
		Files.writeString(workspace.resolve("notes.txt"), "not an agreement");
		for (int i = 0; i < 40; i++) {
			Files.writeString(workspace.resolve("p" + i + ".mentor"), agreement.replace("nadia-olu-2027", "pair-" + i));
		}
	}

	private void initialize(boolean buildAfterInitialize) throws Exception {
		server = Guice.createInjector(new MentorServerModule()).getInstance(LanguageServerImpl.class);
		server.connect(new DiagnosticsClient(published::add));
		InitializeParams params = DiagnosticsClient.initializeParams(workspace, buildAfterInitialize);
		CompletableFuture<?> answer = server.initialize(params);
		server.initialized(new InitializedParams());
		if (!buildAfterInitialize) {
			answer.get(60, TimeUnit.SECONDS);
		}
	}

	private String uri(String file) {
		return workspace.resolve(file).toUri().toString();
	}

	/** The latest diagnostics of each file, as text (range, severity, code, message). */
	private Map<String, String> latestByFile() {
		Map<String, String> latest = new TreeMap<>();
		synchronized (published) {
			published.forEach(p -> latest.put(p.getUri(), asText(p)));
		}
		return latest;
	}

	private static String asText(PublishDiagnosticsParams diagnostics) {
		return diagnostics.getDiagnostics().stream()
				.map(d -> d.getRange() + " " + d.getSeverity() + " " + d.getCode() + " " + d.getMessage()).sorted().toList()
				.toString();
	}

	private void waitFor(Predicate<List<PublishDiagnosticsParams>> done) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			synchronized (published) {
				if (done.test(published)) {
					return;
				}
			}
			Thread.sleep(20);
		}
		assertFalse(true, "timed out; published so far: " + published.size());
	}
}
