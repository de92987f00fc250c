package org.mentorship.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;

/**
 * How every front end gets a Mentor language server, so that all of them run the same one:
 * {@code mentor lsp} connects it to stdin/stdout ({@link #connect}); the Eclipse editor creates it in-process
 * ({@link #newServer}) and calls it directly, with its own client.
 */
public final class MentorServerLauncher {

	private MentorServerLauncher() {
	}

	/** A new server (one injector per server: servers share no state), not yet connected to a client. */
	public static LanguageServerImpl newServer() {
		return Guice.createInjector(new MentorServerModule()).getInstance(LanguageServerImpl.class);
	}

	/**
	 * A new server for a host process that outlives it (the Eclipse workbench): {@code exit} ends the server,
	 * not the process, unlike {@code mentor lsp}, where the editor's {@code exit} must end the process.
	 */
	public static LanguageServerImpl newInProcessServer() {
		return Guice.createInjector(Modules2.mixin(new MentorServerModule(), binder -> binder
				.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class)))
				.getInstance(LanguageServerImpl.class);
	}

	/**
	 * A new server speaking JSON-RPC on the streams, connected to the client at the other end; call
	 * {@code startListening()} on the result to serve. {@code trace} (may be null) receives every message.
	 */
	public static Launcher<LanguageClient> connect(InputStream in, OutputStream out, PrintWriter trace) {
		LanguageServerImpl server = newServer();
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out, true, trace);
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}
}
