package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ui.commands.GenerateHandler;
import org.mentorship.dsl.ui.wizards.NewAgreementWizard;
import org.mentorship.lsp.jface.actions.EditorContext;
import org.mentorship.lsp.jface.actions.FormatHandler;
import org.mentorship.lsp.jface.actions.RenameHandler;
import org.mentorship.lsp.jface.actions.RenameWizard;
import org.mentorship.lsp.jface.assist.LspCompletionProcessor;
import org.mentorship.lsp.jface.assist.OpenDeclaration;
import org.mentorship.lsp.jface.tests.DialogDriver;
import org.mentorship.lsp.jface.tests.OccurrencesTest;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * Screenshots of every feature of the editor for docs/eclipse.md, taken in the real workbench, each cropped to what
 * its caption shows. Runs only with -Dmentor.screenshots=FOLDER (org.mentorship.dsl.ui.tests/screenshots). A shot
 * that fails does not stop the others; the test fails at the end naming them.
 */
public class ScreenshotTour {

	private interface Shot {
		void take() throws Exception;
	}

	private final List<String> failed = new ArrayList<>();
	private Path out;
	private IProject project;

	@Test
	void tour() throws Exception {
		String folder = System.getProperty("mentor.screenshots", "");
		assumeTrue(!folder.isBlank(), "screenshots: run with -Dmentor.screenshots=FOLDER");
		out = Files.createDirectories(Path.of(folder));
		Ui.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
		Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		project = MentorWorkspace.agreements();
		MentorWorkspace.server();
		String complete = MentorWorkspace.example("complete.mentor").replace("agreement ada-grace-2027", "agreement ada-grace-tour");
		IFile file = Ui.file(project, "ada-grace.mentor",
				complete.replace("\"review notes of each review\" from grace", "\"review notes of each review\" from grce"));
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ITextOperationTarget operations = editor.getAdapter(ITextOperationTarget.class);
		MentorWorkspace.markerWithCode(file, "mentor.unresolved-reference");
		int mistake = document.get().indexOf("from grce") + "from ".length();

		shot("eclipse-editor", () -> {
			editor.selectAndReveal(mistake, 0);
			Ui.dispatchFor(1500);
			Screenshots.save(png("eclipse-editor"), Screenshots.window());
		});
		shot("eclipse-quick-fix", () -> {
			editor.selectAndReveal(mistake, 0);
			operations.doOperation(ISourceViewer.QUICK_ASSIST);
			Ui.dispatchFor(1500);
			Screenshots.save(png("eclipse-quick-fix"), Screenshots.withPopups(Screenshots.part(editor)));
			pressEscape();
		});
		shot("eclipse-problems", () -> problemsView(MentorWorkspace.markerWithCode(file, "mentor.unresolved-reference")));
		shot("eclipse-occurrences", () -> occurrences(editor, document));
		shot("eclipse-hover", () -> {
			int clause = document.get().indexOf("biweekly on") + 2;
			editor.selectAndReveal(clause, 0);
			Ui.dispatchFor(500);
			hoverOver(editor, clause);
			Screenshots.save(png("eclipse-hover"), Screenshots.withPopups(Screenshots.part(editor)));
			pressEscape();
		});
		shot("eclipse-outline", () -> {
			editor.selectAndReveal(document.get().indexOf("biweekly on") + 2, 0);
			ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
			Ui.page().activate(editor);
			Ui.dispatchFor(1500);
			Screenshots.save(png("eclipse-outline"),
					Screenshots.part(editor).union(Screenshots.tabFolder(outline.getCurrentPage().getControl())));
		});
		shot("eclipse-content-assist", () -> {
			String before = document.get();
			int cadence = before.indexOf("  biweekly on");
			document.replace(cadence, 0, "  \n");
			editor.selectAndReveal(cadence + 2, 0);
			operations.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			Ui.dispatchFor(2500);
			Screenshots.save(png("eclipse-content-assist"), Screenshots.withPopups(Screenshots.part(editor)));
			pressEscape();
			document.set(before);
			editor.doRevertToSaved();
		});
		shot("eclipse-linked-snippet", () -> linkedSnippet(editor, document));
		shot("eclipse-colours", () -> {
			editor.selectAndReveal(0, 0);
			Ui.dispatchFor(1500);
			Screenshots.save(png("eclipse-colours"), Screenshots.top(Screenshots.part(editor), 420));
		});
		shot("eclipse-code-minings", () -> {
			editor.selectAndReveal(0, 0);
			Ui.dispatchFor(1500);
			Screenshots.save(png("eclipse-code-minings"), Screenshots.top(Screenshots.part(editor), 175));
		});
		shot("eclipse-folding", () -> {
			operations.doOperation(ProjectionViewer.COLLAPSE_ALL);
			editor.selectAndReveal(0, 0);
			Ui.dispatchFor(1000);
			Screenshots.save(png("eclipse-folding"), Screenshots.top(Screenshots.part(editor), 420));
			operations.doOperation(ProjectionViewer.EXPAND_ALL);
		});
		shot("eclipse-format", () -> format());
		shot("eclipse-open-declaration", () -> openDeclaration());
		shot("eclipse-rename-preview", () -> renamePreview());
		shot("eclipse-new-agreement", () -> newAgreementWizard());
		shot("eclipse-generate", () -> generate());
		shot("eclipse-preferences", () -> {
			Shell window = Ui.page().getWorkbenchWindow().getShell();
			PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window, "org.mentorship.dsl.ui.preferences",
					new String[] { "org.mentorship.dsl.ui.preferences" }, null);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				Ui.dispatchFor(1000);
				Screenshots.save(png("eclipse-preferences"), dialog.getShell().getBounds());
			} finally {
				dialog.close();
			}
		});
		Ui.page().closeAllEditors(false);
		assertEquals(List.of(), failed, "screenshots that could not be taken");
	}

	private void linkedSnippet(ITextEditor editor, IDocument document) throws Exception {
		String before = document.get();
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		int sectionStart = before.indexOf("\nboundaries") + 1;
		ICompletionProposal template = List.of(Ui.get("proposals", CompletableFuture.supplyAsync(
				() -> new LspCompletionProcessor().computeCompletionProposals(viewer, sectionStart)))).stream()
				.filter(p -> p.getDisplayString().startsWith("cadence (template)")).findFirst().orElseThrow();
		editor.selectAndReveal(sectionStart, 0);
		((ICompletionProposalExtension2) template).apply(viewer, (char) 0, 0, sectionStart);
		Ui.dispatchFor(1000);
		Screenshots.save(png("eclipse-linked-snippet"), Screenshots.part(editor));
		pressEscape();
		document.set(before);
		editor.doRevertToSaved();
	}

	/** The Problems view with the mistake selected. */
	private void problemsView(IMarker marker) throws Exception {
		TreeViewer viewer = ProblemsView.select(marker);
		Screenshots.save(png("eclipse-problems"), Screenshots.tabFolder(viewer.getTree()));
	}

	/** Mark occurrences: the caret on a party, its declaration and references marked (not the same word in ids). */
	private void occurrences(ITextEditor editor, IDocument document) {
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
		editor.selectAndReveal(document.get().indexOf("mentee grace") + "mentee gr".length(), 0);
		try { // the parties at the top: the declaration, the roles and the evidence below it in view
			viewer.setTopIndex(document.getLineOfOffset(document.get().indexOf("mentor ada")) - 1);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new AssertionError(e);
		}
		Ui.waitUntil("grace's occurrences", () -> OccurrencesTest.occurrences(viewer.getAnnotationModel()).size() > 3);
		Ui.dispatchFor(800);
		Screenshots.save(png("eclipse-occurrences"), Screenshots.top(Screenshots.part(editor), 560));
	}

	private void format() throws Exception {
		String minimal = MentorWorkspace.example("minimal.mentor").replace("sam-lee-2027", "format-tour");
		IFile file = Ui.file(project, "format-tour.mentor",
				minimal.replace("\n  milestone", "\n      milestone").replace("\n  reply", "\nreply").replace("\n  evidence", "\n evidence"));
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("goal first-talk"), 0);
		Ui.dispatchFor(1500);
		Rectangle editorArea = Screenshots.part(editor);
		Rectangle area = new Rectangle(editorArea.x, editorArea.y, 620, 330);
		Image before = Screenshots.grab(area);
		try {
			FormatHandler.format(EditorContext.of(editor).orElseThrow());
			Ui.waitUntil("formatting", () -> document.get().equals(minimal));
			editor.selectAndReveal(document.get().indexOf("goal first-talk"), 0);
			Ui.dispatchFor(1000);
			Image after = Screenshots.grab(area);
			try {
				Screenshots.saveSideBySide(png("eclipse-format"), before, after);
			} finally {
				after.dispose();
			}
		} finally {
			before.dispose();
			Ui.page().closeEditor(editor, false);
		}
	}

	private void openDeclaration() throws Exception {
		IFile file = project.getFile("programme-agreement.mentor");
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		MentorWorkspace.awaitPublication(file, 0);
		Ui.get("the declaration", OpenDeclaration.open(document, document.get().indexOf("like monthly-default") + 6));
		ITextEditor programme = (ITextEditor) Ui.page().getActiveEditor();
		Ui.dispatchFor(1500);
		Screenshots.save(png("eclipse-open-declaration"), Screenshots.top(Screenshots.part(programme), 360));
	}

	private void renamePreview() throws Exception {
		IFile file = project.getFile("programme-agreement.mentor");
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("like monthly-default") + 6, 0);
		DialogDriver driver = new DialogDriver()
				.then("the rename dialog", () -> DialogDriver.dialog("Rename").map(d -> DialogDriver.all(d).stream()
						.filter(c -> c instanceof Text && c.getData(RenameWizard.NEW_NAME_FIELD) != null).map(Text.class::cast)
						.findFirst().map(t -> {
							t.setText("monthly-basic");
							return true;
						}).orElse(false)).orElse(false))
				.then("Preview", () -> DialogDriver.dialog("Rename").map(d -> DialogDriver.press(d, "Preview >")).orElse(false))
				.then("the preview", () -> DialogDriver.dialog("Rename").map(d -> {
					if (DialogDriver.treeLabels(d).size() < 3) {
						return false;
					}
					d.setSize(900, 640); // without a window manager the dialog opens at its smallest
					Ui.dispatchFor(800);
					Screenshots.save(png("eclipse-rename-preview"), d.getBounds());
					return DialogDriver.press(d, "Cancel");
				}).orElse(false));
		driver.start();
		RenameHandler.open(EditorContext.of(editor).orElseThrow(), editor.getSite().getShell());
		driver.assertAllDone();
	}

	private void newAgreementWizard() throws Exception {
		NewAgreementWizard wizard = new NewAgreementWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Ui.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			((WizardNewFileCreationPage) wizard.getPages()[0]).setFileName("ada-grace-2028.mentor");
			dialog.showPage(wizard.getPages()[1]);
			List<Text> fields = DialogDriver.all((Composite) wizard.getPages()[1].getControl()).stream()
					.filter(Text.class::isInstance).map(Text.class::cast).toList();
			String[] values = { "Pairing on code reviews", "Ada Lovelace", "ada@example.org", "Grace Hopper", "grace@example.org",
					"2028-03-01", "Europe/Berlin" };
			for (int i = 0; i < values.length && i < fields.size(); i++) {
				fields.get(i).setText(values[i]);
			}
			Ui.dispatchFor(1000);
			Screenshots.save(png("eclipse-new-agreement"), dialog.getShell().getBounds());
		} finally {
			dialog.close();
		}
	}

	private void generate() throws Exception {
		IFile file = Ui.file(project, "generate-tour.mentor",
				MentorWorkspace.example("minimal.mentor").replace("sam-lee-2027", "generate-tour"));
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		MentorWorkspace.awaitPublication(file, 0);
		GenerateHandler.Result result = Ui.get("generation", GenerateHandler.generate(file));
		assertEquals(null, result.reason());
		CommonNavigator explorer = (CommonNavigator) Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(project.getFile("generated/generate-tour.html")));
		Ui.page().activate(editor);
		Ui.dispatchFor(1500);
		Rectangle tree = Screenshots.tabFolder(explorer.getCommonViewer().getControl());
		Rectangle window = Screenshots.window();
		// the tool bar (with Generate Summary and Calendar) above the Project Explorer and the editor's first lines
		Screenshots.save(png("eclipse-generate"), new Rectangle(window.x, window.y, 900, tree.y + tree.height - window.y));
	}

	/** Moves the mouse over the text at this offset and waits for the hover to show. */
	private static void hoverOver(ITextEditor editor, int offset) {
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		int widgetOffset = offset - viewer.getVisibleRegion().getOffset();
		Point at = text.toDisplay(text.getLocationAtOffset(widgetOffset));
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x + 3;
		move.y = at.y + text.getLineHeight() / 2;
		Display.getCurrent().post(move);
		Ui.dispatchFor(300);
		move.x += 2;
		Display.getCurrent().post(move);
		Ui.dispatchFor(2500);
	}

	private void shot(String name, Shot shot) {
		try {
			shot.take();
		} catch (Throwable e) {
			failed.add(name + ": " + e);
			pressEscape();
		}
	}

	private Path png(String name) {
		return out.resolve(name + ".png");
	}

	private static void pressEscape() {
		Display display = Display.getCurrent();
		Event key = new Event();
		key.type = SWT.KeyDown;
		key.character = SWT.ESC;
		key.keyCode = SWT.ESC;
		display.post(key);
		key.type = SWT.KeyUp;
		display.post(key);
		Ui.dispatchFor(300);
	}
}
