package org.mentorship.lsp.jface.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
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

	/** The token types of the fake's semantic tokens (the legend). */
	public static final List<String> TOKEN_TYPES = List.of("keyword", "variable");
	/** The semantic tokens the fake answers (null: none), once {@link #semanticTokensGate} is open. */
	public static volatile SemanticTokens semanticTokens;
	/** Holds the semantic tokens' answers while it is not complete (to type before the server answers). */
	public static volatile CompletableFuture<Void> semanticTokensGate = CompletableFuture.completedFuture(null);

	/** The document symbols the fake answers, for any document. */
	public static volatile List<DocumentSymbol> documentSymbols = List.of();

	/** How the fake answers documentHighlight (each question is recorded first); by default: nothing to highlight. */
	public static volatile Function<DocumentHighlightParams, CompletableFuture<List<DocumentHighlight>>> highlights =
			params -> CompletableFuture.completedFuture(List.of());

	public final List<Object> received = new CopyOnWriteArrayList<>();
	public volatile List<CodeAction> codeActions = List.of();
	public volatile LanguageClient client;

	public static class Factory implements ServerFactory {
		@Override
		public LanguageServer start(LanguageClient client) {
			return instance = new FakeServer(client);
		}
	}

	/** The server of a second made-up language ({@code *.late}), whose files only appear during the tests. */
	public static volatile FakeServer late;

	public static class LateFactory implements ServerFactory {
		@Override
		public LanguageServer start(LanguageClient client) {
			return late = new FakeServer(client);
		}
	}

	/** The server of a third made-up language ({@code *.held}), whose initialize waits for {@link #heldInitialize}. */
	public static volatile FakeServer held;
	/** Completed by a test: until then the held server has not answered initialize. */
	public static final CompletableFuture<Void> heldInitialize = new CompletableFuture<>();

	public static class HeldFactory implements ServerFactory {
		@Override
		public LanguageServer start(LanguageClient client) {
			FakeServer server = new FakeServer(client);
			server.initializeGate = heldInitialize;
			return held = server;
		}
	}

	private CompletableFuture<Void> initializeGate = CompletableFuture.completedFuture(null);

	private FakeServer(LanguageClient client) {
		this.client = client;
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
		capabilities.setDocumentHighlightProvider(true);
		capabilities.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(new SemanticTokensLegend(TOKEN_TYPES, List.of())));
		return initializeGate.thenApply(open -> new InitializeResult(capabilities));
	}

	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		received.add(params);
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
	public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
		received.add(params);
		return CompletableFuture.completedFuture(documentSymbols.stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
	}

	@Override
	public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
		received.add(params);
		return highlights.apply(params).thenApply(list -> list);
	}

	@Override
	public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
		received.add(params);
		return semanticTokensGate.thenApply(open -> semanticTokens);
	}

	/**
	 * The actions it was told, for the diagnostics asked about; their document changes carry the request's number as
	 * version, as a real server's carry the document's (it grows with every edit).
	 */
	@Override
	public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
		received.add(params);
		int version = received(CodeActionParams.class).size();
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (CodeAction action : codeActions) {
			CodeAction copy = new CodeAction(action.getTitle());
			copy.setEdit(versioned(action.getEdit(), version));
			copy.setIsPreferred(action.getIsPreferred());
			copy.setDiagnostics(params.getContext().getDiagnostics());
			actions.add(Either.forRight(copy));
		}
		return CompletableFuture.completedFuture(actions);
	}

	private static WorkspaceEdit versioned(WorkspaceEdit edit, int version) {
		if (edit == null || edit.getDocumentChanges() == null) {
			return edit;
		}
		List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
		for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
			changes.add(change.isRight() ? change : Either.forLeft(new TextDocumentEdit(
					new VersionedTextDocumentIdentifier(change.getLeft().getTextDocument().getUri(), version), change.getLeft().getEdits())));
		}
		return new WorkspaceEdit(changes);
	}
}
