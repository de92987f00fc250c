package org.mentorship.lsp.jface.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * Content assist from textDocument/completion. The Generic Editor runs processors asynchronously (off the UI
 * thread), so waiting for the server here is allowed; on the UI thread (another host) it offers nothing
 * rather than freeze the editor.
 */
public class LspCompletionProcessor implements IContentAssistProcessor {

	private static final long TIMEOUT_MS = 3000;
	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		IDocument document = viewer.getDocument();
		Optional<ServerConnection> connection = LanguageServers.forDocument(document);
		Optional<String> uri = Documents.uri(document);
		if (connection.isEmpty() || uri.isEmpty() || Display.getCurrent() != null) {
			return new ICompletionProposal[0];
		}
		try {
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri.get()), Documents.position(document, offset));
			Either<List<CompletionItem>, CompletionList> result = connection.get()
					.request(server -> server.getTextDocumentService().completion(params)).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			List<CompletionItem> items = result == null ? List.of() : result.isLeft() ? result.getLeft() : result.getRight().getItems();
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (CompletionItem item : items) {
				proposals.add(new LspCompletionProposal(item, document, offset));
			}
			proposals.sort(LspCompletionProposal.ORDER);
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			error = "No proposals: " + e.getMessage();
		}
		return new ICompletionProposal[0];
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
