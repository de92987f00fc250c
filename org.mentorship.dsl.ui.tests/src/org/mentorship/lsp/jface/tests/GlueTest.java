package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.actions.WorkspaceEdits;
import org.mentorship.lsp.jface.assist.Snippet;
import org.mentorship.lsp.jface.diagnostics.CodeActions;
import org.mentorship.lsp.jface.diagnostics.DiagnosticMarkers;

/** The generic glue against a fake server: what it sends, how it turns answers into markers, fixes and edits. */
public class GlueTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = Ui.project("glue");
	}

	private static FakeServer server() {
		Ui.waitUntil("the fake server to start", () -> FakeServer.instance != null);
		return FakeServer.instance;
	}

	@Test
	void aDocumentIsOpenedChangedWithJustTheChangedRangeAndClosed() throws Exception {
		IFile file = Ui.file(project, "sync.fake", "hello\nworld\n");
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		String uri = Documents.uri(file).orElseThrow();
		try {
			IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
			FakeServer server = server();
			Ui.waitUntil("didOpen", () -> server.received(DidOpenTextDocumentParams.class).stream()
					.anyMatch(p -> p.getTextDocument().getUri().equals(uri)));
			DidOpenTextDocumentParams open = server.received(DidOpenTextDocumentParams.class).stream()
					.filter(p -> p.getTextDocument().getUri().equals(uri)).findFirst().orElseThrow();
			assertEquals("hello\nworld\n", open.getTextDocument().getText());
			assertEquals("fake", open.getTextDocument().getLanguageId());

			document.replace(6, 5, "there");
			Ui.waitUntil("didChange", () -> !changes(server, uri).isEmpty());
			DidChangeTextDocumentParams change = changes(server, uri).get(0);
			assertEquals(new Range(new Position(1, 0), new Position(1, 5)), change.getContentChanges().get(0).getRange());
			assertEquals("there", change.getContentChanges().get(0).getText());
			assertEquals(2, change.getTextDocument().getVersion());
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
		FakeServer server = server();
		Ui.waitUntil("didClose", () -> server.received(DidCloseTextDocumentParams.class).stream()
				.anyMatch(p -> p.getTextDocument().getUri().equals(uri)));
	}

	private static List<DidChangeTextDocumentParams> changes(FakeServer server, String uri) {
		return server.received(DidChangeTextDocumentParams.class).stream().filter(p -> p.getTextDocument().getUri().equals(uri)).toList();
	}

	@Test
	void diagnosticsOfAClosedFileBecomeMarkersWhoseQuickFixesAreTheServersCodeActions() throws Exception {
		IFile file = Ui.file(project, "closed.fake", "hello\nworld\n");
		startServer(file);
		FakeServer server = server();
		server.codeActions = List.of(action("Say earth", "earth", false), action("Say moon", "moon", true));
		String uri = Documents.uri(file).orElseThrow();
		Diagnostic diagnostic = new Diagnostic(new Range(new Position(1, 0), new Position(1, 5)), "Not the word we want",
				DiagnosticSeverity.Warning, "fake", "fake.word");
		server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(diagnostic)));

		Ui.waitUntil("the marker", () -> markers(file).length == 1);
		IMarker marker = markers(file)[0];
		assertEquals("Not the word we want", marker.getAttribute(IMarker.MESSAGE));
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(6, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(11, marker.getAttribute(IMarker.CHAR_END, -1));
		assertEquals("fake.word", marker.getAttribute(DiagnosticMarkers.CODE));

		Ui.waitUntil("the quick fixes", () -> IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Say moon", "Say earth"), List.of(resolutions[0].getLabel(), resolutions[1].getLabel()),
				"the preferred fix first");
		resolutions[0].run(marker);
		assertEquals("hello\nmoon\n", Ui.read(file));

		server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
		Ui.waitUntil("the marker to go", () -> markers(file).length == 0);
	}

	@Test
	void aWorkspaceEditInSeveralPlacesOfAnOpenDocumentIsUndoneByOneUndo() throws Exception {
		IFile file = Ui.file(project, "edit.fake", "one two three\nfour five\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		try {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			String uri = Documents.uri(file).orElseThrow();
			WorkspaceEdit edit = new WorkspaceEdit(Map.of(uri, List.of(
					new TextEdit(new Range(new Position(0, 4), new Position(0, 7)), "2"),
					new TextEdit(new Range(new Position(1, 5), new Position(1, 9)), "5"))));
			assertTrue(WorkspaceEdits.apply(edit, "test"));
			assertEquals("one 2 three\nfour 5\n", document.get());
			editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
			assertEquals("one two three\nfour five\n", document.get());
		} finally {
			Ui.page().closeEditor(editor, false);
		}
	}

	@Test
	void problemsThatStayTheSameKeepTheirMarkersUntouchedWhenTheTextAboveThemMoves() throws Exception {
		IFile file = Ui.file(project, "steady.fake", "one\ntwo\nthree\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		IResourceChangeListener recorder = null;
		try {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			FakeServer server = server();
			String uri = Documents.uri(file).orElseThrow();
			TextDocumentEdit fix = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, 0),
					List.of(Either.forLeft(new TextEdit(new Range(new Position(1, 0), new Position(1, 3)), "2"))));
			CodeAction action = new CodeAction("Say 2");
			action.setEdit(new WorkspaceEdit(List.of(Either.forLeft(fix))));
			server.codeActions = List.of(action);
			List<Diagnostic> problems = List.of(
					new Diagnostic(new Range(new Position(1, 0), new Position(1, 3)), "Two", DiagnosticSeverity.Warning, "fake", "fake.two"),
					new Diagnostic(new Range(new Position(2, 0), new Position(2, 5)), "Three", DiagnosticSeverity.Error, "fake", "fake.three"));
			server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, problems));
			Ui.waitUntil("both markers with their fixes", () -> markers(file).length == 2
					&& Arrays.stream(markers(file)).allMatch(m -> m.getAttribute(CodeActions.ATTRIBUTE, null) != null));
			Set<Long> ids = Arrays.stream(markers(file)).map(IMarker::getId).collect(Collectors.toSet());

			// typing on the first line moves the problems' offsets, not their lines and columns; the server says the same
			// again (with a new document version in the fix)
			document.replace(0, 0, "x");
			List<IMarkerDelta> changes = new CopyOnWriteArrayList<>();
			recorder = event -> Arrays.stream(event.findMarkerDeltas(DiagnosticMarkers.MARKER_TYPE, false))
					.filter(delta -> delta.getResource().equals(file)).forEach(changes::add);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(recorder, IResourceChangeEvent.POST_CHANGE);
			int asked = server.received(CodeActionParams.class).size();
			server.client.publishDiagnostics(new PublishDiagnosticsParams(uri, problems));
			Ui.waitUntil("the fixes asked for again", () -> server.received(CodeActionParams.class).size() > asked);
			LanguageServers.forFile(file).orElseThrow().markers().join();
			Ui.dispatchFor(300); // the fixes' answer (its document version is new) is kept, or not, meanwhile

			assertEquals(List.of(), changes, "no marker was deleted, created or changed: the editor has nothing to paint again");
			assertEquals(ids, Arrays.stream(markers(file)).map(IMarker::getId).collect(Collectors.toSet()));
		} finally {
			if (recorder != null) {
				ResourcesPlugin.getWorkspace().removeResourceChangeListener(recorder);
			}
			Ui.page().closeEditor(editor, false);
		}
	}

	@Test
	void snippetsBecomeTextWithTabStops() {
		Snippet snippet = Snippet.parse("cadence ${1|weekly,monthly|} at ${2:10:00}\\$ ${3:a ${4:b}} $0");
		assertEquals("cadence weekly at 10:00$ a b ", snippet.text());
		assertEquals(List.of(1, 2, 3, 4, 0), snippet.stops().stream().map(Snippet.Stop::number).toList());
		Snippet.Stop choice = snippet.stops().get(0);
		assertEquals(List.of("weekly", "monthly"), choice.choices());
		assertEquals("weekly", snippet.text().substring(choice.offset(), choice.offset() + choice.length()));
		Snippet.Stop nested = snippet.stops().get(3);
		assertEquals("b", snippet.text().substring(nested.offset(), nested.offset() + nested.length()));
	}

	private static void startServer(IFile file) throws Exception {
		// opening and closing a document of the language starts its server, as an editor would
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		server();
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static CodeAction action(String title, String word, boolean preferred) {
		CodeAction action = new CodeAction(title);
		action.setIsPreferred(preferred);
		action.setEdit(new WorkspaceEdit(Map.of(Documents.uri(project.getFile("closed.fake")).orElseThrow(),
				List.of(new TextEdit(new Range(new Position(1, 0), new Position(1, 5)), word)))));
		return action;
	}
}
