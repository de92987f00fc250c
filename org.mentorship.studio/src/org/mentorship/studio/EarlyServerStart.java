package org.mentorship.studio;

import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * Starts the language servers (for agreements: the Mentor server's Guice injector, the grammar, {@code initialize}
 * with the workspace's first build) as soon as the application runs, instead of once the workbench window is up
 * ({@code ServerStartup}). The UI thread builds the window for about three seconds, during which the second core is
 * partly idle; the server's setup then overlaps it, and the start's editor finds the server ready (it only has to
 * check the opened file). It is the same server the workbench would start: one connection per language, started
 * once (later {@code start()} calls do nothing), and {@code DocumentSync} opens each buffer once even when its
 * listener and its start both see it. On a thread of the lowest priority, like the server's own threads, so that the
 * UI thread gets a core first; {@code -Dmentorship.studio.earlyServer=false} leaves the start to the workbench.
 */
final class EarlyServerStart {

	private EarlyServerStart() {
	}

	static void begin() {
		if (!Boolean.parseBoolean(System.getProperty("mentorship.studio.earlyServer", "true"))) {
			return;
		}
		Thread starter = new Thread(() -> LanguageServers.all().forEach(ServerConnection::start), "Early language server start");
		starter.setDaemon(true);
		starter.setPriority(Thread.MIN_PRIORITY);
		starter.start();
	}
}
