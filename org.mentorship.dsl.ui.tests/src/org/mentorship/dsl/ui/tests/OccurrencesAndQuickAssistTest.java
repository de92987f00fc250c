package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.assist.FixesOnTheCaretLine;
import org.mentorship.lsp.jface.tests.OccurrencesTest;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * Mark occurrences and Ctrl+1 in the .mentor editor with the real server: the caret on a party highlights its
 * declaration and its references (nothing else, not the other words that spell the same); Ctrl+1 on an error without a
 * fix opens the quick assist popup saying "No suggestions available", on an error with fixes lists only the fixes, also with the caret at the end of its line.
 */
public class OccurrencesAndQuickAssistTest {

	private static IProject project;
	private static String minimal;

	@BeforeAll
	static void examples() throws Exception {
		MentorWorkspace.server();
		project = MentorWorkspace.agreements();
		minimal = MentorWorkspace.example("minimal.mentor");
	}

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
	}

	private static ITextEditor open(String name, String text) throws Exception {
		IFile file = MentorWorkspace.agreement(project, name, text);
		return (ITextEditor) IDE.openEditor(Ui.page(), file);
	}

	@Test
	void theCaretOnAPartyHighlightsItsDeclarationAndReferences() throws Exception {
		ITextEditor editor = open("occurrences.mentor", minimal);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
		String text = document.get();
		// "lee" as a name: declared after "mentee", referenced after "from" and in the sign-off; not the "lee" of
		// lee.park@example.org or of the ids sam-lee, which the Generic Editor's word highlighting marked too
		Set<String> expected = new TreeSet<>();
		expected.add(text.indexOf("mentee lee") + "mentee ".length() + "+3 write");
		for (String reference : List.of("from lee", "  lee signed")) {
			expected.add(text.indexOf(reference) + reference.indexOf("lee") + "+3 read");
		}

		editor.selectAndReveal(text.indexOf("from lee") + "from l".length(), 0);
		Ui.waitUntil("lee's occurrences", () -> OccurrencesTest.occurrences(viewer.getAnnotationModel()).equals(expected), 60_000);

		editor.selectAndReveal(text.indexOf("\"Lee Park\"") + 2, 0); // in a text: no name there
		Ui.waitUntil("the occurrences cleared", () -> OccurrencesTest.occurrences(viewer.getAnnotationModel()).isEmpty());
	}

	@Test
	void ctrl1OnAnErrorWithoutAFixSaysThereAreFixesOnTheCaretLine() throws Exception {
		ITextEditor editor = open("no-fix.mentor", minimal.replace("due 2027-02-01", "due 2027-02-30"));
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		MentorWorkspace.markerWithCode(file, "mentor.date.format");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("2027-02-30") + 3, 0);
		assertEquals(List.of(FixesOnTheCaretLine.LABEL), quickAssistPopup(editor));
	}

	@Test
	void ctrl1OnAnErrorWithFixesListsOnlyTheFixes() throws Exception {
		ITextEditor editor = withAMisspeltSigner("with-fix.mentor");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("sma signed") + 1, 0);
		List<String> entries = quickAssistPopup(editor);
		assertFalse(entries.isEmpty());
		assertFalse(entries.contains(FixesOnTheCaretLine.LABEL), entries.toString());
		assertTrue(entries.stream().anyMatch(e -> e.contains("sam")), entries.toString());
	}

	@Test
	void ctrl1AtTheEndOfAProblemsLineListsThatProblemsFixes() throws Exception {
		ITextEditor editor = withAMisspeltSigner("line-end.mentor");
		var marker = MentorWorkspace.markerWithCode(editor.getEditorInput().getAdapter(IFile.class), "mentor.unresolved-reference");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("sma signed on 2027-01-11") + "sma signed on 2027-01-11".length(), 0);
		List<String> entries = quickAssistPopup(editor);
		List<String> fixes = java.util.Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
				.map(org.eclipse.ui.IMarkerResolution::getLabel).toList();
		assertEquals(fixes, entries, "the fixes of the line's problem, as the Problems view lists them");
		assertTrue(entries.stream().anyMatch(e -> e.contains("sam")), entries.toString());
	}

	/** An agreement signed by "sma" (the mentee is sam) open in the editor, once its problem's quick fixes are known. */
	private static ITextEditor withAMisspeltSigner(String name) throws Exception {
		ITextEditor editor = open(name, minimal.replace("  sam signed on 2027-01-11", "  sma signed on 2027-01-11"));
		var marker = MentorWorkspace.markerWithCode(editor.getEditorInput().getAdapter(IFile.class), "mentor.unresolved-reference");
		Ui.waitUntil("the quick fixes", () -> IDE.getMarkerHelpRegistry().hasResolutions(marker));
		return editor;
	}

	/** Ctrl+1 (the editor's Quick Fix operation), then the entries of the popup it opens; the popup is closed again. */
	private static List<String> quickAssistPopup(ITextEditor editor) {
		Shell window = Ui.page().getWorkbenchWindow().getShell();
		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.QUICK_ASSIST);
		List<String> entries = new ArrayList<>();
		Ui.waitUntil("the quick assist popup", () -> {
			entries.clear();
			for (Shell shell : window.getShells()) {
				if (shell.isVisible()) {
					collect(shell, entries);
				}
			}
			return !entries.isEmpty();
		});
		for (Shell shell : window.getShells()) {
			if (shell.isVisible()) {
				shell.close();
			}
		}
		return entries;
	}

	private static void collect(org.eclipse.swt.widgets.Composite composite, List<String> entries) {
		for (var child : composite.getChildren()) {
			if (child instanceof Table table) {
				for (TableItem item : table.getItems()) {
					entries.add(item.getText());
				}
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collect(inner, entries);
			}
		}
	}
}
