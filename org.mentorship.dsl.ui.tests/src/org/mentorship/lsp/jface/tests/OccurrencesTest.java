package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.presentation.OccurrenceAnnotations;

/**
 * Mark occurrences (LspOccurrencesReconciler) in a real Generic Editor against the fake server: it asks at the caret,
 * shows exactly the ranges answered, changes the annotation model once per answer and only where something changed,
 * drops an answer that comes after the caret moved on, and clears them when the caret leaves the name; none of it
 * styles text again (Eclipse's highlight annotations restyle the whole span between the first and last changed one).
 */
public class OccurrencesTest {

	/** "alpha" is declared on line 0 and read twice; the other words have no occurrences. */
	private static final String TEXT = "alpha beta alpha\ngamma alpha\n";
	private static final List<DocumentHighlight> ALPHA = List.of(highlight(0, 0, DocumentHighlightKind.Write),
			highlight(0, 11, DocumentHighlightKind.Read), highlight(1, 6, DocumentHighlightKind.Read));

	@AfterEach
	void answerNothing() {
		FakeServer.highlights = params -> CompletableFuture.completedFuture(List.of());
	}

	@Test
	void theCaretsOccurrencesAreShownChangedOnlyWhereTheyChangeAndClearedWhenItLeaves() throws Exception {
		CompletableFuture<Void> betaGate = new CompletableFuture<>();
		FakeServer.highlights = params -> {
			Position at = params.getPosition();
			if (at.getLine() == 0 && at.getCharacter() >= 6 && at.getCharacter() <= 10) { // "beta": held until told
				return betaGate.thenApply(open -> List.of(highlight(0, 6, DocumentHighlightKind.Text)));
			}
			boolean onAlpha = at.getLine() == 0 ? at.getCharacter() <= 5 || at.getCharacter() >= 11 : at.getCharacter() >= 6;
			return CompletableFuture.completedFuture(onAlpha ? ALPHA : List.of());
		};
		IFile file = Ui.file(Ui.project("glue"), "occurrences.fake", TEXT);
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		List<AnnotationModelEvent> events = new CopyOnWriteArrayList<>();
		try {
			ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
			IAnnotationModel model = viewer.getAnnotationModel();
			model.addAnnotationModelListener(recorder(events));
			List<IRegion> restyled = new CopyOnWriteArrayList<>();
			((ITextViewerExtension4) viewer).addTextPresentationListener(presentation -> restyled.add(presentation.getExtent()));

			editor.selectAndReveal(2, 0); // inside the declared "alpha"
			Ui.waitUntil("alpha's occurrences", () -> occurrences(model).size() == 3);
			assertEquals(Set.of("0+5 write", "11+5 read", "23+5 read"), occurrences(model));
			DocumentHighlightParams asked = last(FakeServer.instance.received(DocumentHighlightParams.class));
			assertEquals(new Position(0, 2), asked.getPosition());
			assertTrue(asked.getTextDocument().getUri().endsWith("/occurrences.fake"), asked.getTextDocument().getUri());
			assertEquals(1, occurrenceEvents(events), "one change of the annotation model for the answer");

			// another occurrence of the same name: the same answer changes nothing
			int questions = FakeServer.instance.received(DocumentHighlightParams.class).size();
			editor.selectAndReveal(25, 0);
			Ui.waitUntil("the question about line 1", () -> FakeServer.instance.received(DocumentHighlightParams.class).size() > questions);
			Ui.dispatchFor(300);
			assertEquals(1, occurrenceEvents(events), "an unchanged answer does not touch the annotation model");
			assertEquals(Set.of("0+5 write", "11+5 read", "23+5 read"), occurrences(model));

			// on "beta" the server is slow; the caret moves on to "gamma" (nothing there) before it answers
			int beforeBeta = FakeServer.instance.received(DocumentHighlightParams.class).size();
			editor.selectAndReveal(7, 0);
			Ui.waitUntil("the question about beta", () -> FakeServer.instance.received(DocumentHighlightParams.class).size() > beforeBeta);
			editor.selectAndReveal(18, 0);
			Ui.waitUntil("the occurrences cleared when the caret left the name", () -> occurrences(model).isEmpty());
			assertEquals(2, occurrenceEvents(events), "the three annotations removed in one change");
			betaGate.complete(null);
			Ui.dispatchFor(400);
			assertEquals(Set.of(), occurrences(model), "the late answer about beta is dropped");
			assertEquals(2, occurrenceEvents(events));
			assertEquals(List.of(), restyled, "occurrences are painted: no text is styled again for them");
		} finally {
			betaGate.complete(null);
			Ui.page().closeEditor(editor, false);
		}
	}

	private static DocumentHighlight highlight(int line, int column, DocumentHighlightKind kind) {
		int length = TEXT.split("\n")[line].substring(column).split(" ")[0].length();
		return new DocumentHighlight(new Range(new Position(line, column), new Position(line, column + length)), kind);
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

	/** The occurrence annotations shown, as "offset+length kind". */
	public static Set<String> occurrences(IAnnotationModel model) {
		Set<String> found = new TreeSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			String kind = kind(annotation.getType());
			if (kind != null) {
				org.eclipse.jface.text.Position position = model.getPosition(annotation);
				found.add(position.getOffset() + "+" + position.getLength() + " " + kind);
			}
		}
		return found;
	}

	private static String kind(String type) {
		return switch (type) {
		case OccurrenceAnnotations.WRITE -> "write";
		case OccurrenceAnnotations.READ -> "read";
		case OccurrenceAnnotations.TEXT -> "text";
		default -> null;
		};
	}

	/** How many changes of the model added or removed occurrence annotations. */
	private static long occurrenceEvents(List<AnnotationModelEvent> events) {
		return events.stream().filter(e -> {
			List<Annotation> touched = new ArrayList<>(List.of(e.getAddedAnnotations()));
			touched.addAll(List.of(e.getRemovedAnnotations()));
			return touched.stream().anyMatch(a -> kind(a.getType()) != null);
		}).count();
	}

	private static IAnnotationModelListener recorder(List<AnnotationModelEvent> events) {
		return new AnnotationEvents(events);
	}
}
