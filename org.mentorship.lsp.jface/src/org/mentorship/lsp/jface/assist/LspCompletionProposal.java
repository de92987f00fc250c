package org.mentorship.lsp.jface.assist;

import java.util.Comparator;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.mentorship.lsp.jface.Documents;

/**
 * One completion item. Its text replaces the item's range (or the word before the caret) up to where the caret
 * is when it is chosen; a snippet's placeholders become linked positions to tab through ({@link Snippet}).
 * Typing on with the list open filters it by the item's filter text.
 */
final class LspCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	static final Comparator<ICompletionProposal> ORDER = Comparator
			.comparing((ICompletionProposal p) -> ((LspCompletionProposal) p).sortText())
			.thenComparing(ICompletionProposal::getDisplayString);

	private final CompletionItem item;
	private final int replaceStart;
	private final int invokedAt;
	private Point selection;

	LspCompletionProposal(CompletionItem item, IDocument document, int offset) {
		this.item = item;
		this.invokedAt = offset;
		this.replaceStart = start(item, document, offset);
	}

	private static int start(CompletionItem item, IDocument document, int offset) {
		if (item.getTextEdit() != null) {
			Range range = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getRange()
					: item.getTextEdit().getRight().getReplace();
			try {
				return Math.min(Documents.offset(document, range.getStart()), offset);
			} catch (BadLocationException e) {
				return offset;
			}
		}
		int start = offset;
		try {
			while (start > 0 && isWordPart(document.getChar(start - 1))) {
				start--;
			}
		} catch (BadLocationException e) {
			return offset;
		}
		return start;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	private String newText() {
		if (item.getTextEdit() != null) {
			return item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText() : item.getTextEdit().getRight().getNewText();
		}
		return item.getInsertText() != null ? item.getInsertText() : item.getLabel();
	}

	private String sortText() {
		return item.getSortText() != null ? item.getSortText() : item.getLabel();
	}

	private String filterText() {
		return item.getFilterText() != null ? item.getFilterText() : item.getLabel();
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		IDocument document = viewer.getDocument();
		boolean snippet = item.getInsertTextFormat() == InsertTextFormat.Snippet;
		Snippet text = snippet ? Snippet.parse(newText()) : Snippet.plain(newText());
		try {
			int end = Math.max(offset, invokedAt);
			document.replace(replaceStart, end - replaceStart, text.text());
			selection = new Point(replaceStart + text.text().length(), 0);
			if (item.getAdditionalTextEdits() != null && !item.getAdditionalTextEdits().isEmpty()) {
				for (TextEdit edit : item.getAdditionalTextEdits()) {
					document.replace(Documents.offset(document, edit.getRange().getStart()),
							Documents.offset(document, edit.getRange().getEnd()) - Documents.offset(document, edit.getRange().getStart()),
							edit.getNewText());
				}
			}
			if (snippet && text.hasPlaceholders()) {
				selection = text.link(viewer, replaceStart);
			}
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < replaceStart) {
			return false;
		}
		try {
			String typed = document.get(replaceStart, offset - replaceStart);
			return filterText().toLowerCase().startsWith(typed.toLowerCase());
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public void apply(IDocument document) {
		// hosts without ICompletionProposalExtension2 support: the text without linked positions
		try {
			Snippet text = item.getInsertTextFormat() == InsertTextFormat.Snippet ? Snippet.parse(newText()) : Snippet.plain(newText());
			document.replace(replaceStart, invokedAt - replaceStart, text.text());
			selection = new Point(replaceStart + text.text().length(), 0);
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		StringBuilder info = new StringBuilder();
		if (item.getDetail() != null) {
			info.append(item.getDetail());
		}
		if (item.getDocumentation() != null) {
			info.append(info.length() > 0 ? "\n\n" : "").append(item.getDocumentation().isLeft()
					? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue());
		}
		return info.length() == 0 ? null : info.toString();
	}

	@Override
	public String getDisplayString() {
		return item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " - " + item.getDetail();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}
}
