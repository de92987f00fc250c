package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.InitializeParams;
import org.junit.jupiter.api.Test;

/**
 * A project that appears while the server is still answering {@code initialize} (Mentorship Studio starts its server
 * while the workbench creates the first start's project) is sent to the server as a workspace folder added once it
 * has answered: the folders of {@code initialize} were read before the project existed. A file saved meanwhile in a
 * folder the server had already read is sent as a watched-file change then too (the glue listens from before
 * {@code initialize} and keeps what it hears until the answer).
 */
public class FoldersDuringInitializeTest {

	@Test
	void aProjectMadeOrAFileSavedDuringInitializeReachesTheServerOnceItHasAnswered() throws Exception {
		assertNull(FakeServer.held, "no .held file existed until now, so its server must not be running yet");
		project("held-first", "a.held");
		Ui.waitUntil("the held language's server to be asked initialize",
				() -> FakeServer.held != null && !FakeServer.held.received(InitializeParams.class).isEmpty());
		FakeServer server = FakeServer.held;
		InitializeParams initialize = server.received(InitializeParams.class).get(0);
		assertFalse(initialize.getWorkspaceFolders().stream().anyMatch(f -> f.getName().equals("held-second")));

		project("held-second", "notes.txt");
		// a file saved in a project the server is reading, after it read it and before it answered
		ResourcesPlugin.getWorkspace().getRoot().getProject("held-first").getFile("b.held")
				.create(new java.io.ByteArrayInputStream("saved meanwhile\n".getBytes()), true, null);
		FakeServer.heldInitialize.complete(null);

		Ui.waitUntil("the project made meanwhile to reach the server",
				() -> server.received(DidChangeWorkspaceFoldersParams.class).stream()
						.anyMatch(p -> p.getEvent().getAdded().stream().anyMatch(f -> f.getName().equals("held-second"))));
		long added = server.received(DidChangeWorkspaceFoldersParams.class).stream()
				.flatMap(p -> p.getEvent().getAdded().stream()).filter(f -> f.getName().equals("held-second")).count();
		assertTrue(added == 1, "added once, not by both the catch-up and the listener: " + added);

		Ui.waitUntil("the file saved meanwhile to reach the server", () -> server.received(DidChangeWatchedFilesParams.class)
				.stream().flatMap(p -> p.getChanges().stream())
				.anyMatch(c -> c.getUri().endsWith("/b.held") && c.getType() == FileChangeType.Created));
		assertTrue(server.received(DidChangeWatchedFilesParams.class).stream().flatMap(p -> p.getChanges().stream())
				.noneMatch(c -> c.getUri().contains("held-second")), "a new project's files are read with the folder");
	}

	private static void project(String name, String file) throws Exception {
		Path folder = Files.createTempDirectory(name);
		Files.writeString(folder.resolve(file), "a file\n");
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
		IProject project = workspace.getRoot().getProject(name);
		project.create(description, null);
		project.open(null);
	}
}
