package org.mentorship.lsp.jface.assist;

import java.util.Optional;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.mentorship.lsp.jface.LanguageServers;

/**
 * Ctrl+click on a word opens its declaration. The detector runs on the UI thread as the mouse moves, so it does
 * not ask the server whether there is a declaration (that would block): every word of a served document is a
 * link, and following one asks the server ({@link OpenDeclaration}); where there is none, nothing opens.
 */
public class LspHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		if (document == null || LanguageServers.forDocument(document).isEmpty()) {
			return null;
		}
		Optional<IRegion> word = Words.at(document, region.getOffset());
		return word.map(w -> new IHyperlink[] { new DeclarationLink(document, w) }).orElse(null);
	}

	private record DeclarationLink(IDocument document, IRegion region) implements IHyperlink {
		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			OpenDeclaration.open(document, region.getOffset());
		}
	}
}
