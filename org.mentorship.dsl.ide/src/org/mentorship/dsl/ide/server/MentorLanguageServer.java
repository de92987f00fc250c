package org.mentorship.dsl.ide.server;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.mentorship.dsl.generator.SafeFileSystemAccess;
import org.mentorship.dsl.ide.quickfix.MentorCodeActionService;
import org.mentorship.dsl.validation.InternalErrors;

import com.google.inject.Inject;

/**
 * Xtext 2.42's language server with textDocument/selectionRange, which it lacks ("expand selection":
 * the word, then the clause, then the section, then the agreement, then the whole file). Xtext
 * already serves folding ranges (see MentorFoldingRangeProvider) once the client announces support.
 */
public class MentorLanguageServer extends LanguageServerImpl {

	@Inject
	private UriExtensions uris;

	@Inject
	private IResourceServiceProvider.Registry languages;

	@Inject
	private PausedChecks pausedChecks;

	@Inject
	private OpenedFirst openedFirst;

	@Inject
	private LastSessionDiagnostics lastSession;

	/** The editor, or the cache of the last session's diagnostics in front of it (see initialize). */
	private volatile LanguageClient client;

	/** The folders a relative output folder is taken from (see EditorSettings). */
	private volatile List<WorkspaceFolder> workspaceFolders;
	private volatile String rootUri;

	/** Generation on save that cannot write a file (a link, a read-only file) says so in the editor, not only in the log. */
	@Override
	public void connect(LanguageClient client) {
		super.connect(client);
		this.client = client;
		SafeFileSystemAccess.tellAlso(message -> client
				.showMessage(new MessageParams(MessageType.Warning, "Summary and calendar not generated: " + message)));
		pausedChecks.connect(getRequestManager(), getWorkspaceManager(), (uri, issues) -> this.client // the checks after a pause
				.publishDiagnostics(new PublishDiagnosticsParams(uris.toUriString(uri), toDiagnostics(issues))));
	}

	/** A name as the grammar's ID writes it without escape (a word of the language needs ^, so is refused). */
	private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

	private static final String NO_NAME_HERE = "There is no name to rename here: put the cursor on the name of a party,"
			+ " goal, programme or programme default.";

	private final AtomicBoolean initializeSeen = new AtomicBoolean();

	/** What initialize answers (Xtext makes them while initializing, before it builds the workspace). */
	private volatile ServerCapabilities capabilities;

	/**
	 * A second initialize is refused in words (Xtext throws IllegalStateException, answered -32603); what a
	 * client left out is filled in (InitializeDefaults). With the initialization option buildAfterInitialize the answer does not wait for
	 * the build of the workspace (see BuildAfterInitialize).
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params == null) {
			return CompletableFuture.failedFuture(invalid("initialize needs its parameters."));
		}
		if (!initializeSeen.compareAndSet(false, true)) {
			return CompletableFuture.failedFuture(invalid("The server is already initialized: initialize is sent once."));
		}
		InitializeDefaults.fillIn(params);
		applySettings(params.getInitializationOptions());
		workspaceFolders = params.getWorkspaceFolders();
		rootUri = params.getRootUri();
		EditorSettings.workspaceFolders(workspaceFolders, rootUri, mentor());
		LanguageClient publishing = lastSession.start(params, client, () -> LocalDate.now(mentor().get(Clock.class)),
				getRequestManager(), (MentorWorkspaceManager) getWorkspaceManager());
		if (publishing != client) { // every publication of diagnostics now passes the cache (Xtext's connect only keeps it)
			client = publishing;
			super.connect(publishing);
		}
		CompletableFuture<InitializeResult> built = super.initialize(params);
		built.whenComplete((result, failure) -> openedFirst.firstBuildDone());
		return BuildAfterInitialize.requested(params) ? BuildAfterInitialize.answerNow(built, capabilities) : built;
	}

	/** The client is ready for diagnostics: the last session's, if they hold, go first (LastSessionDiagnostics). */
	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		lastSession.clientReady();
	}

	/** The diagnostics cache is brought up to date before the editor stops the server. */
	@Override
	public CompletableFuture<Object> shutdown() {
		lastSession.writeNow();
		return super.shutdown();
	}

	/**
	 * New settings apply at once: they are kept, and every file is checked again (a new "today" changes which
	 * milestones are overdue). Xtext's own handling only reloads the workspace's projects, which checks nothing again.
	 */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		if (params != null) {
			applySettings(params.getSettings());
		}
		lastSession.fullCheck();
		super.didChangeConfiguration(params);
		getRequestManager().runWrite(() -> {
			List<URI> all = new ArrayList<>();
			getWorkspaceManager().getIndex().getAllResourceDescriptions().forEach(d -> all.add(d.getURI()));
			return getWorkspaceManager().didChangeFiles(all, List.of());
		}, (cancelIndicator, buildable) -> buildable.build(cancelIndicator));
	}

	/** Noted before it is queued: the first build, which it waits behind, checks it first (OpenedFirst). */
	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		openedFirst.announce(params, this::getURI);
		super.didOpen(params);
	}

	/**
	 * A save builds the saved document again: its outputs are generated only from text that is on disk
	 * (GeneratedBeforeOnly), and Xtext does nothing on didSave and ignores watched-file events of open documents.
	 */
	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		if (params != null && params.getTextDocument() != null && params.getTextDocument().getUri() != null) {
			URI uri = getURI(params.getTextDocument());
			runBuildable(() -> getWorkspaceManager().didChangeFiles(List.of(uri), List.of()));
		}
	}

	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		if (params != null && params.getEvent() != null) {
			workspaceFolders = EditorSettings.changed(workspaceFolders, params.getEvent());
			EditorSettings.workspaceFolders(workspaceFolders, rootUri, mentor());
		}
		super.didChangeWorkspaceFolders(params);
	}

	private IResourceServiceProvider mentor() {
		return (IResourceServiceProvider) languages.getExtensionToFactoryMap().get(MentorLanguageRegistry.FILE_EXTENSION);
	}

	private void applySettings(Object settings) {
		List<String> problems = EditorSettings.apply(settings, mentor());
		if (!problems.isEmpty() && client != null) {
			client.showMessage(new MessageParams(MessageType.Warning, "Mentor settings: " + String.join(" ", problems)));
		}
	}

	/**
	 * Rename only to a name the language can read back, and only where there is a name: otherwise an
	 * InvalidParams answer that says why (Xtext would write the name as given, breaking the file, or log
	 * a stack trace).
	 */
	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
		String name = params.getNewName();
		if (name == null || !NAME.matcher(name).matches()) {
			String shown = name == null ? "" : name.length() > 40 ? name.substring(0, 40) + "..." : name;
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "'" + shown
					+ "' cannot be a name: a name starts with a letter or _ and has only letters, digits, - and _,"
					+ " e.g. grace-hopper.", null));
		}
		if (keywords(params.getTextDocument().getUri()).contains(name)) {
			throw invalid("'" + name + "' is a word of the language: choose another name.");
		}
		WorkspaceEdit edit;
		try {
			edit = super.rename(params, cancelIndicator);
		} catch (Exception e) { // Xtext throws its ExecutionException unchecked ("sneaky")
			if (InternalErrors.mustPropagate(e)) {
				throw e;
			}
			// Xtext's answer would be -32001 "Refactoring cannot be performed", "No element found at position ..."
			throw invalid(NO_NAME_HERE);
		}
		boolean empty = edit == null || (edit.getChanges() == null || edit.getChanges().isEmpty())
				&& (edit.getDocumentChanges() == null || edit.getDocumentChanges().isEmpty());
		if (empty) {
			throw invalid(NO_NAME_HERE);
		}
		return edit;
	}

	private Set<String> keywords(String uri) {
		return Languages.keywords(getResourceServiceProvider(uris.toUri(uri)));
	}

	private static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSelectionRangeProvider(true);
		// didSave asked for in so many words (Xtext announces only the kind, which some clients read as "no saves"):
		// a save regenerates the outputs (see didSave)
		TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
		sync.setOpenClose(true);
		sync.setChange(TextDocumentSyncKind.Incremental);
		sync.setSave(new SaveOptions(false));
		capabilities.setTextDocumentSync(sync);
		if (capabilities.getCodeActionProvider() != null) { // the kinds, so an editor asks for source.fixAll on save
			capabilities.setCodeActionProvider(new CodeActionOptions(
					List.of(CodeActionKind.QuickFix, MentorCodeActionService.SOURCE_FIX_ALL)));
		}
		this.capabilities = capabilities;
		return capabilities;
	}

	@Override
	public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
		return getRequestManager().runRead(cancelIndicator -> selectionRanges(params, cancelIndicator));
	}

	protected List<SelectionRange> selectionRanges(SelectionRangeParams params, CancelIndicator cancelIndicator) {
		URI uri = uris.toUri(params.getTextDocument().getUri());
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			List<SelectionRange> result = new ArrayList<>();
			for (Position position : params.getPositions()) {
				result.add(SelectionRanges.around(document, resource, position));
			}
			return result;
		});
	}
}
