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
 * UI thread gets a core first.
 * <p>
 * Off unless {@code -Dmentorship.studio.earlyServer=true}: on a busy machine the editor of a file given on the command
 * line (linked into a new project while the server answers initialize) then often never showed its problems, a race
 * not understood yet; the gain on a quiet machine was 0.13 s (docs/eclipse.md).
 */
final class EarlyServerStart {

	private EarlyServerStart() {
	}

	static void begin() {
		if (!Boolean.parseBoolean(System.getProperty("mentorship.studio.earlyServer", "false"))) {
			return;
		}
		Thread starter = new Thread(() -> LanguageServers.all().forEach(ServerConnection::start), "Early language server start");
		starter.setDaemon(true);
		starter.setPriority(Thread.MIN_PRIORITY);
		starter.start();
	}
}
