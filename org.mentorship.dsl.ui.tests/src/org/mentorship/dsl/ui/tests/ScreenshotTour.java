package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * Screenshots of the editor for docs/eclipse.md, taken in the real workbench: an agreement with a mistake and its
 * marker, Ctrl+1 on it, content assist. Runs only with -Dmentor.screenshots=FOLDER
 * (org.mentorship.dsl.ui.tests/screenshots).
 */
public class ScreenshotTour {

	@Test
	void tour() throws Exception {
		String folder = System.getProperty("mentor.screenshots", "");
		assumeTrue(!folder.isBlank(), "screenshots: run with -Dmentor.screenshots=FOLDER");
		Path out = Files.createDirectories(Path.of(folder));
		Shell shell = Ui.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 800);
		Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		IProject project = MentorWorkspace.agreements();
		String complete = MentorWorkspace.example("complete.mentor")
				.replace("evidence artifact \"review notes of each review\" from grace", "evidence artifact \"review notes of each review\" from grce");
		IFile file = Ui.file(project, "ada-grace.mentor", complete.replace("agreement ada-grace-2027", "agreement ada-grace-tour"));
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		MentorWorkspace.markerWithCode(file, "mentor.unresolved-reference");
		int mistake = document.get().indexOf("from grce") + "from ".length();
		editor.selectAndReveal(mistake, 0);
		Ui.dispatchFor(1500);
		capture(out.resolve("eclipse-editor.png"));

		ITextOperationTarget operations = editor.getAdapter(ITextOperationTarget.class);
		operations.doOperation(ISourceViewer.QUICK_ASSIST);
		Ui.dispatchFor(1500);
		capture(out.resolve("eclipse-quick-fix.png"));
		pressEscape();

		int cadence = document.get().indexOf("  biweekly on Tuesday");
		document.replace(cadence, 0, "  \n");
		editor.selectAndReveal(cadence + 2, 0);
		operations.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Ui.dispatchFor(2500);
		capture(out.resolve("eclipse-content-assist.png"));
		pressEscape();
		Ui.page().closeAllEditors(false);
	}

	private static void pressEscape() {
		Display display = Display.getCurrent();
		org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
		key.type = SWT.KeyDown;
		key.character = SWT.ESC;
		key.keyCode = SWT.ESC;
		display.post(key);
		key.type = SWT.KeyUp;
		display.post(key);
		Ui.dispatchFor(300);
	}

	private static void capture(Path file) {
		Display display = Display.getCurrent();
		Rectangle area = Ui.page().getWorkbenchWindow().getShell().getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
