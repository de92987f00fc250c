package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;

/**
 * How every front end gets a Mentor language server, so that all of them run the same one: {@code mentor lsp}
 * connects {@link #newServer} to stdin/stdout (with its robust stream reader, in the CLI); the Eclipse editor
 * creates {@link #newInProcessServer} and calls it directly, with its own client.
 */
public final class MentorServerLauncher {

	private MentorServerLauncher() {
	}

	/** A new server (one injector per server: servers share no state), not yet connected to a client. */
	public static LanguageServerImpl newServer() {
		return Guice.createInjector(new MentorServerModule()).getInstance(LanguageServerImpl.class);
	}

	/**
	 * A new server for a host process that outlives it and has a user interface (the Eclipse workbench):
	 * {@code exit} ends the server, not the process, unlike {@code mentor lsp}, where the editor's {@code exit} must
	 * end the process; its threads yield to the UI thread ({@link BackgroundExecutors}, {@link InProcessRequestManager}).
	 */
	public static LanguageServerImpl newInProcessServer() {
		return Guice.createInjector(Modules2.mixin(new MentorServerModule(), binder -> {
			binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
			binder.bind(ExecutorServiceProvider.class).to(BackgroundExecutors.class);
			binder.bind(RequestManager.class).to(InProcessRequestManager.class);
		})).getInstance(LanguageServerImpl.class);
	}
}
