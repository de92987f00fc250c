package org.mentorship.lsp.jface.presentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * Folding from textDocument/foldingRange: the server's ranges as projection annotations (whole lines), asked for
 * when the document is shown and after each pause in typing. Folded regions that are still there stay folded.
 */
public class LspFoldingReconciler extends DocumentFollower implements IReconciler {

	private static final int PAUSE_MS = 300;

	public LspFoldingReconciler() {
		super(PAUSE_MS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer) {
			follow(textViewer);
		}
	}

	@Override
	public void uninstall() {
		stop();
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	protected void request() {
		IDocument current = document();
		ProjectionViewer viewer = (ProjectionViewer) viewer();
		ServerConnection server = current == null ? null : LanguageServers.forDocument(current).orElse(null);
		String uri = current == null ? null : Documents.uri(current).orElse(null);
		if (server == null || uri == null || viewer.getTextWidget() == null) {
			return;
		}
		long stamp = stamp(current);
		Display display = viewer.getTextWidget().getDisplay();
		server.request(s -> s.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))))
				.thenAccept(ranges -> display.asyncExec(() -> {
					if (current == document() && stamp(current) == stamp) {
						show(viewer, current, ranges == null ? List.of() : ranges);
					}
				}));
	}

	private static void show(ProjectionViewer viewer, IDocument current, List<FoldingRange> ranges) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Position, Annotation> existing = new HashMap<>();
		model.getAnnotationIterator().forEachRemaining(a -> existing.put(model.getPosition(a), a));
		Map<Annotation, Position> added = new HashMap<>();
		for (FoldingRange range : ranges) {
			try {
				if (range.getEndLine() <= range.getStartLine() || range.getEndLine() >= current.getNumberOfLines()) {
					continue;
				}
				int start = current.getLineOffset(range.getStartLine());
				int end = current.getLineOffset(range.getEndLine()) + current.getLineLength(range.getEndLine());
				Position position = new Position(start, end - start);
				if (existing.remove(position) == null) {
					added.put(new ProjectionAnnotation(), position);
				}
			} catch (BadLocationException e) {
				// a range of an older text: skipped
			}
		}
		if (!existing.isEmpty() || !added.isEmpty()) { // an empty modification still notifies the viewer
			model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
		}
	}
}
