package org.mentorship.lsp.jface;

import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * What a language contributes through the extension point {@code org.mentorship.lsp.jface.languageServers}:
 * a server connected to the given client. The glue initializes it, so the factory only creates and connects.
 * A server created in-process is called directly; one in another process would be a JSON-RPC proxy.
 */
public interface ServerFactory {

	LanguageServer start(LanguageClient client);

	/**
	 * The language's settings, sent as {@code initializationOptions} (what VS Code passes from its settings);
	 * a language sends later changes with {@link ServerConnection#changeConfiguration}. None by default.
	 */
	default Object initializationOptions() {
		return null;
	}
}
