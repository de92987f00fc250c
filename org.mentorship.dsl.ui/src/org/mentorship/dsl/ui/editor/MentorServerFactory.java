package org.mentorship.dsl.ui.editor;

import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.mentorship.dsl.ide.server.MentorServerLauncher;
import org.mentorship.dsl.ui.preferences.MentorPreferences;

/**
 * The Mentor language server in this process, built exactly as {@code mentor lsp} builds it
 * ({@link MentorServerLauncher}), and called directly: no sockets, no JSON, no second JVM. Its settings are
 * the preferences, passed as VS Code passes its own (initializationOptions, then didChangeConfiguration).
 */
public class MentorServerFactory implements org.mentorship.lsp.jface.ServerFactory {

	@Override
	public LanguageServer start(LanguageClient client) {
		ServerLog.install();
		LanguageServerImpl server = MentorServerLauncher.newInProcessServer();
		server.connect(client);
		MentorPreferences.sendChangesToTheServer();
		return server;
	}

	@Override
	public Object initializationOptions() {
		return MentorPreferences.serverSettings();
	}
}
