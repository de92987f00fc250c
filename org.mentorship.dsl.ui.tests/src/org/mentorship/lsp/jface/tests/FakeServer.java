package org.mentorship.lsp.jface.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.mentorship.lsp.jface.ServerFactory;

/** A language server that records what it receives and answers what a test tells it to. */
public class FakeServer implements LanguageServer, TextDocumentService, WorkspaceService {

	/** The server the glue started last (one per workbench). */
	public static volatile FakeServer instance;

	public final List<Object> received = new CopyOnWriteArrayList<>();
	public volatile List<CodeAction> codeActions = List.of();
	public volatile LanguageClient client;

	public static class Factory implements ServerFactory {
		@Override
		public LanguageServer start(LanguageClient client) {
			FakeServer server = new FakeServer();
			server.client = client;
			instance = server;
			return server;
		}
	}

	public <T> List<T> received(Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Object message : received) {
			if (type.isInstance(message)) {
				found.add(type.cast(message));
			}
		}
		return found;
	}

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		received.add(params);
		ServerCapabilities capabilities = new ServerCapabilities();
		capabilities.setTextDocumentSync(TextDocumentSyncKind.Incremental);
		return CompletableFuture.completedFuture(new InitializeResult(capabilities));
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void exit() {
	}

	@Override
	public TextDocumentService getTextDocumentService() {
		return this;
	}

	@Override
	public WorkspaceService getWorkspaceService() {
		return this;
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		received.add(params);
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		received.add(params);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		received.add(params);
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		received.add(params);
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		received.add(params);
	}

	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		received.add(params);
	}

	@Override
	public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
		received.add(params);
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (CodeAction action : codeActions) {
			CodeAction copy = new CodeAction(action.getTitle());
			copy.setEdit(action.getEdit());
			copy.setIsPreferred(action.getIsPreferred());
			copy.setDiagnostics(params.getContext().getDiagnostics());
			actions.add(Either.forRight(copy));
		}
		return CompletableFuture.completedFuture(actions);
	}
}
