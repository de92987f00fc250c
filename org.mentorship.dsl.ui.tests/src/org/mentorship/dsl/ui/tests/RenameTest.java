package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.actions.EditorContext;
import org.mentorship.lsp.jface.actions.RenameHandler;
import org.mentorship.lsp.jface.actions.RenameWizard;
import org.mentorship.lsp.jface.tests.DialogDriver;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * Rename (Alt+Shift+R) in a real workbench: the dialog asks for the name, its preview lists the server's changes
 * per file, OK applies them to the open editor and to a closed file, and one Undo in the editor reverts both.
 */
public class RenameTest {

	@BeforeAll
	static void countPublications() {
		MentorWorkspace.server(); // counts the server's publications from now on: before the files exist
	}

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
	}

	@Test
	void renameADefaultPreviewsBothFilesAppliesThemAndOneUndoRevertsBoth() throws Exception {
		IProject project = Ui.project("Rename");
		String programmeText = MentorWorkspace.example("programme-women-in-tech.mentor");
		String agreementText = MentorWorkspace.example("programme-agreement.mentor");
		IFile programme = Ui.file(project, "programme.mentor", programmeText);
		IFile agreement = Ui.file(project, "agreement.mentor", agreementText);
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), agreement);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		MentorWorkspace.awaitPublication(agreement, 0);
		editor.selectAndReveal(agreementText.indexOf("like monthly-default") + "like month".length(), 0);

		List<String> preview = new ArrayList<>();
		DialogDriver driver = new DialogDriver()
				.then("the rename dialog with the old name", () -> newNameField().map(f -> f.getText().equals("monthly-default")).orElse(false))
				.then("type the new name", () -> newNameField().map(f -> {
					f.setText("monthly-basic");
					return true;
				}).orElse(false))
				.then("press Preview", () -> DialogDriver.press(dialog(), "Preview >"))
				.then("the preview lists the changes", () -> {
					List<String> labels = DialogDriver.treeLabels(dialog());
					preview.clear();
					preview.addAll(labels);
					return labels.contains("programme.mentor - Rename") && labels.contains("agreement.mentor - Rename");
				})
				.then("press OK", () -> DialogDriver.press(dialog(), "OK"));
		driver.start();
		RenameHandler.open(EditorContext.of(editor).orElseThrow(), editor.getSite().getShell());
		driver.assertAllDone();

		assertTrue(preview.contains("Rename 'monthly-default' to 'monthly-basic'"), preview.toString());
		assertEquals(agreementText.replace("like monthly-default", "like monthly-basic"), document.get());
		// as in Eclipse's own refactorings, a file keeps its save state: a saved editor is saved again
		assertFalse(editor.isDirty());
		assertEquals(document.get(), Ui.read(agreement));
		assertEquals(programmeText.replace("cadence monthly-default", "cadence monthly-basic"), Ui.read(programme),
				"the closed file is changed and saved");

		// Eclipse asks before an Undo changes files other than the editor's: the user says yes
		DialogDriver confirm = new DialogDriver().then("Undo's question about the other file", () -> DialogDriver.dialog("Undo")
				.map(d -> DialogDriver.press(d, "Yes") || DialogDriver.press(d, "OK")).orElse(false));
		confirm.start();
		editor.getAction(ITextEditorActionConstants.UNDO).run();
		confirm.assertAllDone();
		Ui.waitUntil("one Undo to revert both files", () -> document.get().equals(agreementText));
		assertEquals(programmeText, Ui.read(programme));
		assertEquals(agreementText, Ui.read(agreement));
	}

	private static Shell dialog() {
		return DialogDriver.dialog("Rename").orElse(null);
	}

	private static java.util.Optional<Text> newNameField() {
		return DialogDriver.dialog("Rename").flatMap(shell -> DialogDriver.all(shell).stream()
				.filter(c -> c instanceof Text && c.getData(RenameWizard.NEW_NAME_FIELD) != null).map(Control.class::cast)
				.map(Text.class::cast).findFirst());
	}
}
