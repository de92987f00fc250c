package org.mentorship.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.gson.JsonObject;

/** An editor that only listens to the server's diagnostics (for tests that connect a server in-process). */
final class DiagnosticsClient implements LanguageClient {

	private final Consumer<PublishDiagnosticsParams> published;

	/** What such an editor sends at initialize: the workspace folder and the option {@code buildAfterInitialize}. */
	static InitializeParams initializeParams(Path workspace, boolean buildAfterInitialize) {
		InitializeParams params = new InitializeParams();
		params.setProcessId(1);
		params.setCapabilities(new ClientCapabilities());
		params.setRootUri(workspace.toUri().toString());
		JsonObject options = new JsonObject();
		options.addProperty("buildAfterInitialize", buildAfterInitialize);
		params.setInitializationOptions(options);
		return params;
	}

	DiagnosticsClient(Consumer<PublishDiagnosticsParams> published) {
		this.published = published;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		published.accept(params);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
