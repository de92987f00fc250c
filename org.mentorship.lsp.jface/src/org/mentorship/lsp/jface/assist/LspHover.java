package org.mentorship.lsp.jface.assist;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * textDocument/hover as a text hover. JFace asks for hover text on its own background thread, so the answer may
 * be waited for here (briefly); on the UI thread nothing is shown rather than freeze.
 */
public class LspHover implements ITextHover {

	private static final long TIMEOUT_MS = 2000;

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return Words.at(viewer.getDocument(), offset).orElse(new Region(offset, 0));
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IDocument document = viewer.getDocument();
		Optional<ServerConnection> connection = LanguageServers.forDocument(document);
		Optional<String> uri = Documents.uri(document);
		if (connection.isEmpty() || uri.isEmpty() || Display.getCurrent() != null) {
			return null;
		}
		try {
			HoverParams params = new HoverParams(new TextDocumentIdentifier(uri.get()), Documents.position(document, region.getOffset()));
			Hover hover = connection.get().request(server -> server.getTextDocumentService().hover(params))
					.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			return hover == null || hover.getContents() == null ? null : text(hover.getContents());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			return null;
		}
	}

	static String text(Either<List<Either<String, MarkedString>>, org.eclipse.lsp4j.MarkupContent> contents) {
		if (contents.isRight()) {
			return Markdown.toPlainText(contents.getRight().getValue());
		}
		StringBuilder text = new StringBuilder();
		for (Either<String, MarkedString> part : contents.getLeft()) {
			text.append(text.length() > 0 ? "\n" : "").append(part.isLeft() ? Markdown.toPlainText(part.getLeft()) : part.getRight().getValue());
		}
		return text.length() == 0 ? null : text.toString();
	}
}
