package org.mentorship.lsp.jface.presentation;

import java.util.Collection;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Colours for a served document: keywords, text and comments at once (a scanner with the keywords the language
 * gives), then the server's semantic tokens on top as they arrive ({@link SemanticHighlighter}). A language
 * subclasses this to pass its keywords.
 */
public class LspPresentationReconciler extends PresentationReconciler {

	private SemanticHighlighter semantic;

	public LspPresentationReconciler(Collection<String> keywords) {
		DefaultDamagerRepairer scanner = new DefaultDamagerRepairer(new KeywordScanner(keywords));
		setDamager(scanner, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(scanner, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		semantic = new SemanticHighlighter();
		semantic.install(viewer);
	}

	@Override
	public void uninstall() {
		if (semantic != null) {
			semantic.uninstall();
		}
		super.uninstall();
	}
}
