package org.mentorship.lsp.jface.presentation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.custom.CaretEvent;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;
import org.mentorship.lsp.jface.presentation.OccurrenceAnnotations.Occurrence;

/**
 * Mark occurrences from {@code textDocument/documentHighlight}: when the caret rests ({@value #PAUSE_MS} ms after it
 * last moved, typing included), the server is asked which ranges go with the name at the caret, and its answer becomes
 * occurrence annotations (written, read, mentioned). Registered as a Generic Editor highlight reconciler for a content
 * type, it takes the place of the editor's default word highlighting, which searched the whole document for the word
 * under the caret on the UI thread. The UI thread never waits: the answer comes back with {@code asyncExec}, and is
 * dropped unless it is the answer to the last question, for the same text and the same caret. The Generic Editor's
 * Toggle Mark Occurrences switches it on and off.
 */
public class LspOccurrencesReconciler implements IReconciler, CaretListener, ITextInputListener, IPreferenceChangeListener {

	static final int PAUSE_MS = 150;
	/** The Generic Editor's preference behind Toggle Mark Occurrences (its ToggleHighlight command). */
	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";
	private static final String TOGGLE_HIGHLIGHT = "org.eclipse.ui.genericeditor.togglehighlight";

	private final Runnable requestNow = this::request;
	private final OccurrenceAnnotations shown = new OccurrenceAnnotations();
	private ISourceViewer viewer;
	private StyledText widget;
	private OccurrencePainter painter;
	private boolean enabled;
	/** The number of the last question: answers to earlier ones are dropped. */
	private int asked;

	@Override
	public void install(ITextViewer textViewer) {
		if (!(textViewer instanceof ISourceViewer sourceViewer) || textViewer.getTextWidget() == null) {
			return;
		}
		viewer = sourceViewer;
		widget = textViewer.getTextWidget();
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(GENERIC_EDITOR);
		enabled = preferences.getBoolean(TOGGLE_HIGHLIGHT, true);
		preferences.addPreferenceChangeListener(this);
		painter = new OccurrencePainter(sourceViewer, shown);
		widget.addPaintListener(painter);
		widget.addCaretListener(this);
		viewer.addTextInputListener(this);
	}

	@Override
	public void uninstall() {
		if (viewer == null) {
			return;
		}
		InstanceScope.INSTANCE.getNode(GENERIC_EDITOR).removePreferenceChangeListener(this);
		viewer.removeTextInputListener(this);
		if (!widget.isDisposed()) {
			widget.removeCaretListener(this);
			widget.removePaintListener(painter);
			widget.getDisplay().timerExec(-1, requestNow);
		}
		clear();
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	/** Every caret move (typing too) restarts the pause; the question is asked when the caret rests. */
	@Override
	public void caretMoved(CaretEvent event) {
		if (enabled && !widget.isDisposed()) {
			widget.getDisplay().timerExec(PAUSE_MS, requestNow);
		}
	}

	@Override
	public void preferenceChange(PreferenceChangeEvent event) {
		if (!TOGGLE_HIGHLIGHT.equals(event.getKey())) {
			return;
		}
		enabled = event.getNewValue() == null || Boolean.parseBoolean(event.getNewValue().toString());
		Display display = widget.isDisposed() ? null : widget.getDisplay();
		if (display != null) {
			display.asyncExec(() -> {
				if (viewer != null && !widget.isDisposed()) {
					if (enabled) {
						request();
					} else {
						clear();
					}
				}
			});
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		asked++; // an answer about the old document is not shown
		clear();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
	}

	private void clear() {
		show(List.of());
	}

	private void show(List<Occurrence> occurrences) {
		if (shown.show(viewer.getAnnotationModel(), occurrences)) {
			painter.repaint();
		}
	}

	/** Asks the server about the caret's place now (on the UI thread, without waiting for the answer). */
	private void request() {
		IDocument document = viewer == null || widget.isDisposed() ? null : viewer.getDocument();
		ServerConnection server = document == null ? null : LanguageServers.forDocument(document).orElse(null);
		String uri = server == null ? null : Documents.uri(document).orElse(null);
		if (uri == null || !enabled || !offersHighlights(server)) {
			clear();
			return;
		}
		int caret = viewer.getSelectedRange().x;
		long stamp = stamp(document);
		int question = ++asked;
		DocumentHighlightParams params;
		try {
			params = new DocumentHighlightParams(new TextDocumentIdentifier(uri), Documents.position(document, caret));
		} catch (BadLocationException e) {
			return;
		}
		Display display = widget.getDisplay();
		server.request(s -> s.getTextDocumentService().documentHighlight(params)).whenComplete((highlights, failure) -> {
			if (failure == null && !display.isDisposed()) {
				display.asyncExec(() -> answered(question, document, stamp, caret, highlights));
			}
		});
	}

	private void answered(int question, IDocument document, long stamp, int caret, List<? extends DocumentHighlight> highlights) {
		boolean current = viewer != null && !widget.isDisposed() && question == asked && enabled
				&& document == viewer.getDocument() && stamp(document) == stamp && viewer.getSelectedRange().x == caret;
		if (current) {
			show(occurrences(document, highlights));
		}
	}

	private static List<Occurrence> occurrences(IDocument document, List<? extends DocumentHighlight> highlights) {
		List<Occurrence> occurrences = new ArrayList<>();
		for (DocumentHighlight highlight : highlights == null ? List.<DocumentHighlight>of() : highlights) {
			try {
				int start = Documents.offset(document, highlight.getRange().getStart());
				int end = Documents.offset(document, highlight.getRange().getEnd());
				if (end > start) {
					String name = document.get(start, end - start);
					occurrences.add(new Occurrence(start, end - start, OccurrenceAnnotations.type(highlight.getKind()),
							"Occurrence of '" + name + "'"));
				}
			} catch (BadLocationException e) {
				// a range outside the text: not shown
			}
		}
		return occurrences;
	}

	/** Whether the server said it answers documentHighlight (asked anyway before it has said anything). */
	private static boolean offersHighlights(ServerConnection server) {
		ServerCapabilities capabilities = server.capabilities();
		if (capabilities == null) {
			return true;
		}
		var provider = capabilities.getDocumentHighlightProvider();
		return provider != null && (provider.isRight() || Boolean.TRUE.equals(provider.getLeft()));
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : document.get().hashCode();
	}
}
