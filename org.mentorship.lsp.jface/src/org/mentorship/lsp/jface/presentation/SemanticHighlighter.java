package org.mentorship.lsp.jface.presentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * The server's semantic tokens (textDocument/semanticTokens/full) merged into the viewer's presentation. Asked for
 * when the document is shown and after each pause in typing; an answer for a text that has changed since is
 * dropped (the next one follows), so colours never land on the wrong characters. Between answers the tokens move
 * with the text. An answer restyles only the region whose tokens changed (typing in a 2,000-line agreement: a
 * line or two), never the whole document: that costs the UI thread tens of milliseconds per answer.
 */
final class SemanticHighlighter extends DocumentFollower implements ITextPresentationListener {

	private static final int PAUSE_MS = 150;

	/** The tokens shown; replaced by each answer, moved by each edit; read and written on the UI thread only. */
	private StyledTokens tokens = StyledTokens.NONE;

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
		tokens = StyledTokens.NONE;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// before the viewer repairs the changed lines' colours (which merges these tokens), so they are in place
		int inserted = event.getText() == null ? 0 : event.getText().length();
		tokens.shift(event.getOffset(), event.getLength(), inserted);
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
			StyledTokens decoded = decode(result, legend, text);
			display.asyncExec(() -> {
				if (current == document() && stamp(current) == stamp && !viewer.getTextWidget().isDisposed()) {
					show(viewer, decoded);
				}
			});
		});
	}

	private void show(ITextViewer viewer, StyledTokens fresh) {
		IRegion changed = tokens.changedSince(fresh);
		tokens = fresh;
		if (changed == null) {
			return;
		}
		if (viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(changed.getOffset(), changed.getLength());
		} else {
			viewer.invalidateTextPresentation();
		}
	}

	/** LSP's relative encoding (line delta, start delta, length, type, modifier bits) to styled offsets of the text. */
	static StyledTokens decode(SemanticTokens tokens, SemanticTokensLegend legend, String text) {
		List<Integer> lineStarts = lineStarts(text);
		List<Integer> data = tokens.getData();
		StyledTokens styled = new StyledTokens(data.size() / 5);
		Map<Long, TextAttribute> styles = new HashMap<>(); // one per type and modifiers, not one per token
		int end = 0;
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
			int modifierBits = data.get(i + 4);
			TextAttribute style = styles.computeIfAbsent(((long) typeIndex << 32) | (modifierBits & 0xffffffffL), key -> {
				String type = typeIndex < legend.getTokenTypes().size() ? legend.getTokenTypes().get(typeIndex) : "";
				return TokenStyles.of(type, modifiers(modifierBits, legend.getTokenModifiers()));
			});
			int offset = Math.max(lineStarts.get(line) + character, end); // overlapping tokens: the first wins
			int length = Math.min(data.get(i + 2), text.length() - offset);
			if (style != null && length > 0) {
				styled.add(offset, length, style);
				end = offset + length;
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
		tokens.forEachIn(extent.getOffset(), extent.getOffset() + extent.getLength(), presentation::mergeStyleRange);
	}
}
