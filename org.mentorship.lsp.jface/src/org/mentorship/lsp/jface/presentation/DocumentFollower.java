package org.mentorship.lsp.jface.presentation;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;

/**
 * Asks the server about a viewer's document when it is shown and again after each pause in typing (a timer on the
 * UI thread, restarted by every change): what semantic colouring and folding share.
 */
abstract class DocumentFollower implements IDocumentListener, ITextInputListener {

	private final int pauseMs;
	private final Runnable requestNow = this::request;
	private ITextViewer viewer;
	private IDocument document;

	DocumentFollower(int pauseMs) {
		this.pauseMs = pauseMs;
	}

	/** Asks the server now, for the current document (on the UI thread). */
	protected abstract void request();

	/** Forgets what was shown for a document that is going away. */
	protected void forget() {
	}

	protected final ITextViewer viewer() {
		return viewer;
	}

	protected final IDocument document() {
		return document;
	}

	/** A stamp of the document's text, to drop answers computed for an older text. */
	protected static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : document.get().hashCode();
	}

	void follow(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		inputDocumentChanged(null, viewer.getDocument());
	}

	void stop() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
			inputDocumentAboutToBeChanged(document, null);
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		if (oldInput != null) {
			oldInput.removeDocumentListener(this);
		}
		document = null;
		forget();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		document = newInput;
		if (newInput != null) {
			newInput.addDocumentListener(this);
			request();
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			viewer.getTextWidget().getDisplay().timerExec(pauseMs, requestNow); // restarts the pause
		}
	}
}
