package org.mentorship.lsp.jface.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.ICodeMiningProvider;
import org.eclipse.jface.text.codemining.LineHeaderCodeMining;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/** Code lenses (textDocument/codeLens) as code minings above their line; clicking one runs its command on the server. */
public class LspCodeMiningProvider extends AbstractCodeMiningProvider {

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer viewer, IProgressMonitor monitor) {
		IDocument document = viewer.getDocument();
		ServerConnection server = document == null ? null : LanguageServers.forDocument(document).orElse(null);
		String uri = document == null ? null : Documents.uri(document).orElse(null);
		if (server == null || uri == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		return server.request(s -> s.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))))
				.thenApply(lenses -> {
					List<ICodeMining> minings = new ArrayList<>();
					for (CodeLens lens : lenses == null ? List.<CodeLens>of() : lenses) {
						if (lens.getCommand() != null) {
							try {
								minings.add(new LensMining(lens, document, this, server));
							} catch (BadLocationException e) {
								// a lens for an older text: skipped
							}
						}
					}
					return minings;
				});
	}

	private static final class LensMining extends LineHeaderCodeMining {
		LensMining(CodeLens lens, IDocument document, ICodeMiningProvider provider, ServerConnection server)
				throws BadLocationException {
			super(lens.getRange().getStart().getLine(), document, provider, event -> run(lens.getCommand(), server));
			setLabel(lens.getCommand().getTitle());
		}

		private static void run(Command command, ServerConnection server) {
			server.request(s -> s.getWorkspaceService().executeCommand(new ExecuteCommandParams(command.getCommand(), command.getArguments())));
		}
	}
}
