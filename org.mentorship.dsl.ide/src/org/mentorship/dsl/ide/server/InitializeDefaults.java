package org.mentorship.dsl.ide.server;

import java.util.ArrayList;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * What a client may leave out of initialize, filled in before Xtext reads it: a client that does not announce
 * workspace/executeCommand still gets the commands (Xtext left its command registry uninitialised and
 * executeCommand failed with a NullPointerException), and a client with no folder open (a single file, as
 * Neovim opens one) gets an empty workspace where Xtext would fail on the missing root.
 */
final class InitializeDefaults {

	private InitializeDefaults() {
	}

	static void fillIn(InitializeParams params) {
		if (params.getCapabilities() == null) {
			params.setCapabilities(new ClientCapabilities());
		}
		if (params.getCapabilities().getWorkspace() == null) {
			params.getCapabilities().setWorkspace(new WorkspaceClientCapabilities());
		}
		if (params.getCapabilities().getWorkspace().getExecuteCommand() == null) {
			params.getCapabilities().getWorkspace().setExecuteCommand(new ExecuteCommandCapabilities(false));
		}
		if (params.getRootUri() == null && params.getRootPath() == null
				&& (params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty())) {
			// no folder open (a single file): an empty workspace, where Xtext would fail on the missing root
			params.getCapabilities().getWorkspace().setWorkspaceFolders(true);
			params.setWorkspaceFolders(new ArrayList<>());
		}
	}
}
