package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.InitializeParams;
import org.junit.jupiter.api.Test;

/**
 * A language's server starts when its files appear after the workbench started, without any file being opened:
 * here a folder holding a file of the language becomes a project, as Mentorship Studio does with a folder named on
 * its command line (the project's files then come in no resource delta of their own). Before, such a folder showed
 * no problems at all until a file was opened.
 */
public class ServersForNewFilesTest {

	@Test
	void aFolderMadeAProjectStartsTheServerOfItsFiles() throws Exception {
		assertNull(FakeServer.late, "no .late file existed until now, so its server must not be running yet");
		Path folder = Files.createTempDirectory("late-folder");
		Files.writeString(folder.resolve("notes.late"), "written before the project existed\n");
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription("late-folder");
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
		IProject project = workspace.getRoot().getProject("late-folder");
		project.create(description, null);
		project.open(null);

		Ui.waitUntil("the late language's server to start", () -> FakeServer.late != null);
		FakeServer server = FakeServer.late;
		Ui.waitUntil("initialize", () -> !server.received(InitializeParams.class).isEmpty());
		InitializeParams initialize = server.received(InitializeParams.class).get(0);
		assertTrue(initialize.getWorkspaceFolders().stream().anyMatch(f -> f.getName().equals("late-folder")),
				"the new project is one of its workspace folders: " + initialize.getWorkspaceFolders());
	}
}
