package org.mentorship.lsp.jface;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.mentorship.lsp.jface.actions.WorkspaceEdits;

/** What the server may ask of Eclipse: problems, messages, edits, the workspace folders. */
final class EclipseLanguageClient implements LanguageClient {

	private final ServerConnection connection;

	EclipseLanguageClient(ServerConnection connection) {
		this.connection = connection;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		connection.diagnostics(diagnostics.getUri(), diagnostics.getDiagnostics());
	}

	@Override
	public void showMessage(MessageParams message) {
		ILog.of(EclipseLanguageClient.class).log(status(message));
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		ILog.of(EclipseLanguageClient.class).log(new Status(severity(request.getType()), EclipseLanguageClient.class,
				connection.label() + ": " + request.getMessage()));
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error || message.getType() == MessageType.Warning) {
			ILog.of(EclipseLanguageClient.class).log(status(message));
		}
	}

	@Override
	public void telemetryEvent(Object object) {
		// not collected
	}

	@Override
	public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
		return WorkspaceEdits.applyLater(params.getEdit(), params.getLabel() == null ? connection.label() : params.getLabel())
				.thenApply(ApplyWorkspaceEditResponse::new);
	}

	@Override
	public CompletableFuture<Void> registerCapability(RegistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
		return CompletableFuture.completedFuture(InitializeRequest.workspaceFolders());
	}

	private IStatus status(MessageParams message) {
		return new Status(severity(message.getType()), EclipseLanguageClient.class, connection.label() + ": " + message.getMessage());
	}

	private static int severity(MessageType type) {
		return switch (type) {
		case Error -> IStatus.ERROR;
		case Warning -> IStatus.WARNING;
		default -> IStatus.INFO;
		};
	}
}
