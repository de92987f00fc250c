package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.diagnostics.CodeActions;
import org.mentorship.lsp.jface.diagnostics.DiagnosticMarkers;

/**
 * What a publication of diagnostics does to an open editor's annotation model: one change, with only the problems
 * that went and came. Eclipse's annotation painter restyles the span from the first to the last annotation of a change
 * (squiggles are text styles), so a problem that stays must not be in it.
 */
public class ProblemAnnotationsTest {

	/** What the text of an annotation whose marker was deleted reads as here. */
	private static final String DELETED = "(marker deleted)";

	@Test
	void aPublicationChangesTheAnnotationModelOnceWithOnlyTheProblemsThatChanged() throws Exception {
		IFile file = Ui.file(Ui.project("glue"), "annotations.fake", "zero\none\ntwo\nthree\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		try {
			Ui.waitUntil("the fake server to start", () -> FakeServer.instance != null);
			FakeServer server = FakeServer.instance;
			String uri = Documents.uri(file).orElseThrow();
			Diagnostic stays = problem(1, "One stays");
			server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(stays, problem(3, "Three goes"))));
			Ui.waitUntil("two markers", () -> markers(file).length == 2);
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			Ui.waitUntil("their annotations", () -> problemTexts(model).size() == 2);
			// the first publication's quick fixes are kept on its markers when the server answers: a change of
			// both annotations that belongs to the first publication, not to the one recorded below
			Ui.waitUntil("the quick fixes kept on both markers",
					() -> Arrays.stream(markers(file)).allMatch(m -> m.getAttribute(CodeActions.ATTRIBUTE, null) != null));
			Ui.dispatchFor(100);

			List<AnnotationModelEvent> events = new CopyOnWriteArrayList<>();
			AnnotationEvents recorder = new AnnotationEvents(events);
			model.addAnnotationModelListener(recorder);
			server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(problem(0, "Zero comes"), stays)));
			Ui.waitUntil("the new problem's annotation", () -> problemTexts(model).equals(List.of("One stays", "Zero comes")));
			LanguageServers.forFile(file).orElseThrow().markers().join();
			Ui.dispatchFor(300);
			model.removeAnnotationModelListener(recorder);

			List<AnnotationModelEvent> adding = events.stream()
					.filter(e -> e.getAddedAnnotations().length + e.getRemovedAnnotations().length > 0).toList();
			assertEquals(1, adding.size(), "one change adds and removes");
			assertEquals(List.of("Zero comes"), texts(adding.get(0).getAddedAnnotations()));
			// the removed annotation's marker is deleted: its message is gone with it
			assertEquals(List.of(DELETED), texts(adding.get(0).getRemovedAnnotations()));
			for (AnnotationModelEvent event : events) {
				List<String> touched = new ArrayList<>(texts(event.getAddedAnnotations()));
				touched.addAll(texts(event.getRemovedAnnotations()));
				touched.addAll(texts(event.getChangedAnnotations()));
				assertEquals(false, touched.contains("One stays"), "the problem that stayed is in no change: " + touched);
			}
		} finally {
			Ui.page().closeEditor(editor, false);
		}
	}

	private static Diagnostic problem(int line, String message) {
		return new Diagnostic(new Range(new Position(line, 0), new Position(line, 3)), message, DiagnosticSeverity.Error,
				"fake", "fake.problem");
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		} catch (Exception e) {
			return new IMarker[0];
		}
	}

	private static List<String> problemTexts(IAnnotationModel model) {
		List<Annotation> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(found::add);
		return texts(found.toArray(Annotation[]::new));
	}

	private static List<String> texts(Annotation[] annotations) {
		return Arrays.stream(annotations).filter(MarkerAnnotation.class::isInstance)
				.map(a -> a.getText() == null ? DELETED : a.getText()).sorted().toList();
	}
}
