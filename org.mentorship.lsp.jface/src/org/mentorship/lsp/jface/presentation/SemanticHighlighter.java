package org.mentorship.lsp.jface.presentation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * The server's semantic tokens (textDocument/semanticTokens/full) merged into the viewer's presentation. Asked for
 * when the document is shown and after each pause in typing; an answer for a text that has changed since is
 * dropped (the next one follows), so colours never land on the wrong characters.
 */
final class SemanticHighlighter extends DocumentFollower implements ITextPresentationListener {

	private static final int PAUSE_MS = 150;

	/** offset, length, style, sorted by offset; replaced as a whole, read on the UI thread. */
	private List<Styled> tokens = List.of();

	private record Styled(int offset, int length, TextAttribute style) {
	}

	SemanticHighlighter() {
		super(PAUSE_MS);
	}

	void install(ITextViewer viewer) {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		follow(viewer);
	}

	void uninstall() {
		if (viewer() instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		stop();
	}

	@Override
	protected void forget() {
		tokens = List.of();
	}

	@Override
	protected void request() {
		ITextViewer viewer = viewer();
		IDocument current = document();
		if (current == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		ServerConnection server = LanguageServers.forDocument(current).orElse(null);
		String uri = Documents.uri(current).orElse(null);
		if (server == null || uri == null) {
			return;
		}
		long stamp = stamp(current);
		String text = current.get();
		Display display = viewer.getTextWidget().getDisplay();
		SemanticTokensParams params = new SemanticTokensParams(new TextDocumentIdentifier(uri));
		server.request(s -> s.getTextDocumentService().semanticTokensFull(params)).thenAccept(result -> {
			SemanticTokensLegend legend = server.capabilities() == null || server.capabilities().getSemanticTokensProvider() == null
					? null : server.capabilities().getSemanticTokensProvider().getLegend();
			if (result == null || legend == null) {
				return;
			}
			List<Styled> decoded = decode(result, legend, text);
			display.asyncExec(() -> {
				if (current == document() && stamp(current) == stamp && !viewer.getTextWidget().isDisposed()) {
					tokens = decoded;
					viewer.invalidateTextPresentation();
				}
			});
		});
	}

	/** LSP's relative encoding (line delta, start delta, length, type, modifier bits) to styled offsets of the text. */
	static List<Styled> decode(SemanticTokens tokens, SemanticTokensLegend legend, String text) {
		List<Integer> lineStarts = lineStarts(text);
		List<Integer> data = tokens.getData();
		List<Styled> styled = new ArrayList<>(data.size() / 5);
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			int deltaLine = data.get(i);
			line += deltaLine;
			character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
			if (line >= lineStarts.size()) {
				break;
			}
			int typeIndex = data.get(i + 3);
			String type = typeIndex < legend.getTokenTypes().size() ? legend.getTokenTypes().get(typeIndex) : "";
			TextAttribute style = TokenStyles.of(type, modifiers(data.get(i + 4), legend.getTokenModifiers()));
			int offset = lineStarts.get(line) + character;
			int length = Math.min(data.get(i + 2), text.length() - offset);
			if (style != null && length > 0) {
				styled.add(new Styled(offset, length, style));
			}
		}
		return styled;
	}

	private static List<String> modifiers(int bits, List<String> names) {
		List<String> modifiers = new ArrayList<>();
		for (int bit = 0; bit < names.size(); bit++) {
			if ((bits & (1 << bit)) != 0) {
				modifiers.add(names.get(bit));
			}
		}
		return modifiers;
	}

	private static List<Integer> lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			}
			if (c == '\n' || c == '\r') {
				starts.add(i + 1);
			}
		}
		return starts;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		for (Styled token : tokens) {
			if (token.offset() + token.length() <= from) {
				continue;
			}
			if (token.offset() >= to) {
				break;
			}
			int start = Math.max(token.offset(), from);
			int end = Math.min(token.offset() + token.length(), to);
			StyleRange range = new StyleRange(start, end - start, token.style().getForeground(), null, token.style().getStyle());
			presentation.mergeStyleRange(range);
		}
	}
}
