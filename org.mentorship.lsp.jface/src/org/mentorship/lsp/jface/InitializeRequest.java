package org.mentorship.lsp.jface;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeLensCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DefinitionCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FormattingCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TokenFormat;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;

/** The {@code initialize} request of this client: what it can show, and the open projects as workspace folders. */
final class InitializeRequest {

	private InitializeRequest() {
	}

	static InitializeParams create(String serverLabel) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setClientInfo(new ClientInfo("Eclipse (org.mentorship.lsp.jface)"));
		List<WorkspaceFolder> folders = workspaceFolders();
		params.setWorkspaceFolders(folders);
		if (!folders.isEmpty()) {
			params.setRootUri(folders.get(0).getUri());
		}
		params.setCapabilities(capabilities());
		return params;
	}

	static List<WorkspaceFolder> workspaceFolders() {
		List<WorkspaceFolder> folders = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			WorkspaceFolder folder = Documents.workspaceFolder(project);
			if (folder != null) {
				folders.add(folder);
			}
		}
		return folders;
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setSynchronization(new SynchronizationCapabilities(false, false, true));
		CompletionItemCapabilities item = new CompletionItemCapabilities(true);
		item.setDocumentationFormat(List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN));
		text.setCompletion(new CompletionCapabilities(item));
		text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setDefinition(new DefinitionCapabilities());
		CodeActionCapabilities actions = new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(
				new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix, CodeActionKind.Source))), false);
		actions.setIsPreferredSupport(true);
		text.setCodeAction(actions);
		text.setFormatting(new FormattingCapabilities());
		text.setRename(new RenameCapabilities());
		text.setFoldingRange(new FoldingRangeCapabilities());
		text.setCodeLens(new CodeLensCapabilities());
		text.setPublishDiagnostics(new PublishDiagnosticsCapabilities());
		SemanticTokensCapabilities tokens = new SemanticTokensCapabilities(
				new SemanticTokensClientCapabilitiesRequests(true), List.of(), List.of(), List.of(TokenFormat.Relative));
		text.setSemanticTokens(tokens);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setApplyEdit(true);
		workspace.setWorkspaceFolders(true);
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(true);
		workspace.setWorkspaceEdit(edits);
		workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(false));
		workspace.setExecuteCommand(new ExecuteCommandCapabilities());
		return new ClientCapabilities(workspace, text, null);
	}
}
