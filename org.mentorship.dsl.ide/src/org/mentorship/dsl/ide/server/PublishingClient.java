package org.mentorship.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor as the server sees it, with every publication of diagnostics passed to one place first (see
 * LastSessionDiagnostics): Xtext publishes from a private method straight to the client it was connected to.
 * A proxy, not a subclass: every other message, including those a later LSP4J adds, goes to the editor unchanged.
 */
final class PublishingClient {

	private PublishingClient() {
	}

	static LanguageClient around(LanguageClient editor, Consumer<PublishDiagnosticsParams> publications) {
		return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(),
				new Class<?>[] { LanguageClient.class }, (proxy, method, args) -> {
					if (args != null && args.length == 1 && args[0] instanceof PublishDiagnosticsParams published
							&& "publishDiagnostics".equals(method.getName())) {
						publications.accept(published);
						return null;
					}
					if (method.getDeclaringClass() == Object.class) {
						return switch (method.getName()) {
						case "equals" -> proxy == args[0];
						case "hashCode" -> System.identityHashCode(proxy);
						default -> "the editor, its diagnostics through the cache: " + editor;
						};
					}
					try {
						return method.invoke(editor, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}
}
