package org.mentorship.lsp.jface;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;

/**
 * The language servers contributed to {@code org.mentorship.lsp.jface.languageServers}, one connection each
 * for the whole workbench, started the first time a file of its content type needs it.
 */
public final class LanguageServers {

	public static final String EXTENSION_POINT = "org.mentorship.lsp.jface.languageServers";

	private static List<ServerConnection> connections;

	private LanguageServers() {
	}

	public static synchronized List<ServerConnection> all() {
		if (connections == null) {
			connections = new ArrayList<>();
			for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					connections.add(new ServerConnection(element.getAttribute("id"), element.getAttribute("label"),
							element.getAttribute("contentType"), element));
				} catch (RuntimeException e) {
					ILog.of(LanguageServers.class).error("Language server " + element.getAttribute("id") + " is not usable", e);
				}
			}
		}
		return connections;
	}

	public static Optional<ServerConnection> forContentType(IContentType type) {
		if (type == null) {
			return Optional.empty();
		}
		return all().stream().filter(c -> c.serves(type)).findFirst();
	}

	public static Optional<ServerConnection> forDocument(IDocument document) {
		return Documents.contentType(document).flatMap(LanguageServers::forContentType);
	}

	public static Optional<ServerConnection> forFile(IFile file) {
		return Documents.contentType(file).flatMap(LanguageServers::forContentType);
	}

	/** Stops every server that was started (workbench shutdown). */
	public static synchronized void stopAll() {
		// every connection, also one nothing has asked for yet: a request made while the workbench closes (a closing
		// editor's, after the workspace is gone) must find its connection stopped, not start a server
		all().forEach(ServerConnection::stop);
	}
}
