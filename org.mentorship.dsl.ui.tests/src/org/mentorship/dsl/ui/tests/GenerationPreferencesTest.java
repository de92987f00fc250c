package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.codelens.MentorCommands;
import org.mentorship.dsl.ui.commands.GenerateHandler;
import org.mentorship.dsl.ui.preferences.MentorPreferences;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * The preferences of Window > Preferences > Mentorship reach the language server running in the workbench: the
 * output folder and generation on save take effect at once, without a restart.
 */
public class GenerationPreferencesTest {

	private static final String TITLE = "Getting started with public speaking";
	private static IProject project;
	private static String minimal;

	@BeforeAll
	static void project() throws Exception {
		MentorWorkspace.server();
		project = Ui.project("Preferences");
		minimal = MentorWorkspace.example("minimal.mentor");
	}

	@AfterEach
	void defaults() throws Exception {
		Ui.page().closeAllEditors(false);
		IEclipsePreferences preferences = MentorPreferences.node();
		preferences.remove(MentorPreferences.OUTPUT_FOLDER);
		preferences.remove(MentorPreferences.GENERATE_ON_SAVE);
		preferences.flush();
	}

	@Test
	void theOutputFolderAndGenerateOnSaveApplyWithoutARestart() throws Exception {
		IEclipsePreferences preferences = MentorPreferences.node();
		preferences.put(MentorPreferences.OUTPUT_FOLDER, "out/summaries");
		preferences.putBoolean(MentorPreferences.GENERATE_ON_SAVE, true);
		IFile file = Ui.file(project, "prefs.mentor", minimal.replace("sam-lee-2027", "prefs-on-save"));
		MentorWorkspace.awaitPublication(file, 0);

		GenerateHandler.Result result = Ui.get("generation", GenerateHandler.generate(file));
		IFile html = project.getFile("out/summaries/prefs-on-save.html");
		IFile ics = project.getFile("out/summaries/prefs-on-save.ics");
		assertEquals(List.of(Path.of(html.getLocationURI()), Path.of(ics.getLocationURI())),
				result.written().stream().map(uri -> Path.of(URI.create(uri))).toList(), "the server's answer names the files");
		assertTrue(html.exists() && ics.exists(), result.toString());
		assertFalse(project.getFile("generated/prefs-on-save.html").exists(), "not in the default folder");

		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(document.get().replace(TITLE, "Saved while generating on save"));
		editor.doSave(null);
		Ui.waitUntil("the summary regenerated on save in the configured folder",
				() -> read(html).contains("Saved while generating on save"));

		preferences.putBoolean(MentorPreferences.GENERATE_ON_SAVE, false);
		int before = MentorWorkspace.publications(file);
		document.set(document.get().replace("Saved while generating on save", "Saved with generation off"));
		editor.doSave(null);
		MentorWorkspace.awaitPublication(file, before);
		// a request queued after the save is answered after the server has built the saved file
		Ui.get("a request after the save", MentorWorkspace.server().request(server -> server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams(MentorCommands.NEXT_MEETING, List.of(Documents.uri(file).get())))));
		assertTrue(read(html).contains("Saved while generating on save"), "generation on save is off: the summary stays");
		assertFalse(read(html).contains("Saved with generation off"));
	}

	private static String read(IFile file) {
		try {
			return Ui.read(file);
		} catch (Exception e) {
			return "";
		}
	}
}
