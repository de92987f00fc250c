package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.mentorship.dsl.ui.wizards.NewAgreementWizard;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.contentassist.Skeletons;
import org.mentorship.dsl.ui.MentorUi;
import org.mentorship.dsl.ui.commands.GenerateHandler;
import org.mentorship.lsp.jface.actions.EditorContext;
import org.mentorship.lsp.jface.actions.FormatHandler;
import org.mentorship.lsp.jface.assist.LspCompletionProcessor;
import org.mentorship.lsp.jface.assist.OpenDeclaration;
import org.mentorship.lsp.jface.diagnostics.DiagnosticMarkers;
import org.mentorship.lsp.jface.diagnostics.Json;
import org.mentorship.lsp.jface.outline.LspOutlinePage;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * The .mentor editor in a real workbench with the real language server in-process: what a user sees and does,
 * asserted against what the server itself says.
 */
public class MentorEditorTest {

	private static IProject project;
	private static String minimal;

	@BeforeAll
	static void examples() throws Exception {
		MentorWorkspace.server(); // counts the server's publications from now on: before any file is created
		project = MentorWorkspace.agreements();
		minimal = MentorWorkspace.example("minimal.mentor");
	}

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
	}

	/** minimal.mentor under another agreement id (ids are unique across files). */
	private static IFile agreement(String name, String text) throws Exception {
		return MentorWorkspace.agreement(project, name, text);
	}

	private static ITextEditor open(IFile file) throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		assertEquals(MentorUi.GENERIC_EDITOR_ID, editor.getEditorSite().getId(), ".mentor files open in the Generic Editor");
		return editor;
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Test
	void anErrorInTheOpenEditorIsAnAnnotationAndAProblemsMarker() throws Exception {
		IFile file = agreement("open-error.mentor", minimal.replace("  sam signed on 2027-01-11", "  sma signed on 2027-01-11"));
		ITextEditor editor = open(file);
		IMarker marker = MentorWorkspace.markerWithCode(file, "mentor.unresolved-reference");
		assertEquals(34, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("'sma'"), marker.getAttribute(IMarker.MESSAGE, ""));
		IDocument document = document(editor);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("sma", document.get(start, marker.getAttribute(IMarker.CHAR_END, -1) - start));

		IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		Ui.waitUntil("the error annotation", () -> annotationFor(annotations, marker) != null);
		assertEquals(start, annotations.getPosition(annotationFor(annotations, marker)).getOffset());
	}

	private static Annotation annotationFor(IAnnotationModel model, IMarker marker) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().equals(marker)) {
				return annotation;
			}
		}
		return null;
	}

	@Test
	void agreementIdsAreUniquePerProjectNotAcrossProjects() throws Exception {
		String text = minimal.replace("sam-lee-2027", "same-id");
		IFile first = Ui.file(Ui.project("Cohort A"), "pair.mentor", text);
		IFile elsewhere = Ui.file(Ui.project("Cohort B"), "pair.mentor", text);
		MentorWorkspace.server();
		MentorWorkspace.awaitPublication(elsewhere, 0);
		MentorWorkspace.awaitPublication(first, 0);
		assertTrue(MentorWorkspace.codes(elsewhere).stream().noneMatch(c -> c.startsWith("mentor.duplicate-id")),
				MentorWorkspace.codes(elsewhere).toString());
		IFile copy = Ui.file(first.getProject(), "copy.mentor", text);
		MentorWorkspace.markerWithCode(copy, "mentor.duplicate-id");
		MentorWorkspace.markerWithCode(first, "mentor.duplicate-id"); // checked again with the file that shares its id
		copy.delete(true, null);
		Ui.waitUntil("the duplicate to go with the copy", () -> {
			try {
				return MentorWorkspace.codes(first).stream().noneMatch(c -> c.startsWith("mentor.duplicate-id"));
			} catch (Exception e) {
				return false;
			}
		});
	}

	@Test
	void aFileThatIsNeverOpenedGetsItsMarkersToo() throws Exception {
		MentorWorkspace.server();
		IFile file = agreement("never-opened.mentor", minimal.replace("from lee", "from leo"));
		IMarker marker = MentorWorkspace.markerWithCode(file, "mentor.unresolved-reference");
		assertEquals(14, marker.getAttribute(IMarker.LINE_NUMBER, -1));
	}

	@Test
	void ctrl1OffersTheServersCodeActionsAndOneUndoRevertsTheFix() throws Exception {
		String text = minimal.replace("  sam signed on 2027-01-11\n", "");
		IFile file = agreement("quick-fix.mentor", text);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String before = document.get();
		IMarker marker = MentorWorkspace.markerWithCode(file, "mentor.sign-off.party-missing");
		Ui.waitUntil("the quick fixes", () -> IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);

		List<String> serverTitles = serverCodeActions(file, marker);
		List<String> offered = new ArrayList<>();
		for (IMarkerResolution resolution : resolutions) {
			offered.add(resolution.getLabel());
		}
		assertEquals(serverTitles, offered);
		assertEquals("Add sam to the sign-off", offered.get(0));

		int published = MentorWorkspace.publications(file);
		resolutions[0].run(marker);
		assertEquals(before.replace("sign-off\n", "sign-off\n  sam to sign\n"), document.get());
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		assertEquals(before, document.get(), "one Undo reverts the whole fix");
		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.REDO);
		MentorWorkspace.awaitPublication(file, published);
		Ui.waitUntil("the fixed marker to go", () -> {
			try {
				return !MentorWorkspace.codes(file).stream().anyMatch(c -> c.startsWith("mentor.sign-off.party-missing"));
			} catch (Exception e) {
				return false;
			}
		});
	}

	/** The titles of the code actions the server itself gives for the marker's diagnostic, preferred first. */
	private static List<String> serverCodeActions(IFile file, IMarker marker) {
		Diagnostic diagnostic = Json.read(marker.getAttribute(DiagnosticMarkers.DIAGNOSTIC, ""), Diagnostic.class);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(file.getLocationURI().toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		CompletableFuture<List<Either<Command, CodeAction>>> answer = MentorWorkspace.server()
				.request(s -> s.getTextDocumentService().codeAction(params));
		List<CodeAction> actions = new ArrayList<>();
		Ui.get("code actions", answer).forEach(a -> actions.add(a.getRight()));
		actions.sort((a, b) -> Boolean.compare(!Boolean.TRUE.equals(a.getIsPreferred()), !Boolean.TRUE.equals(b.getIsPreferred())));
		return actions.stream().map(CodeAction::getTitle).toList();
	}

	@Test
	void theProblemsViewsQuickFixWorksOnAClosedFile() throws Exception {
		String text = minimal.replace("  lee signed on 2027-01-11\n", "");
		IFile file = agreement("closed-fix.mentor", text);
		MentorWorkspace.server();
		IMarker marker = MentorWorkspace.markerWithCode(file, "mentor.sign-off.party-missing");
		Ui.waitUntil("the quick fixes", () -> IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution fix = IDE.getMarkerHelpRegistry().getResolutions(marker)[0];
		fix.run(marker);
		String expected = text.replace("closed-fix", "closed-fix").replace("sam-lee-2027", "closed-fix")
				.replace("sign-off\n", "sign-off\n  lee to sign\n");
		assertEquals(expected, Ui.read(file));
		Ui.waitUntil("the marker to go", () -> {
			try {
				return MentorWorkspace.codes(file).stream().noneMatch(c -> c.startsWith("mentor.sign-off.party-missing"));
			} catch (Exception e) {
				return false;
			}
		});
	}

	@Test
	void theOutlineShowsTheSectionsFollowsTheCaretAndMovesIt() throws Exception {
		IFile file = agreement("outline.mentor", minimal);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.page().activate(editor);
		Ui.waitUntil("the Outline page", () -> outline.getCurrentPage() instanceof LspOutlinePage);
		LspOutlinePage page = (LspOutlinePage) outline.getCurrentPage();
		Ui.waitUntil("symbols", () -> !page.symbols().isEmpty());
		DocumentSymbol agreement = page.symbols().get(0);
		assertEquals("outline", agreement.getName());
		List<String> names = agreement.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(names.containsAll(List.of("sam", "lee", "first-talk", "cadence", "sign-off")), names.toString());

		editor.selectAndReveal(document.get().indexOf("biweekly"), 0);
		Ui.waitUntil("the Outline to follow the caret to the cadence",
				() -> selected(page) != null && "cadence".equals(selected(page).getName()));

		DocumentSymbol lee = agreement.getChildren().stream().filter(s -> s.getName().equals("lee")).findFirst().orElseThrow();
		page.setSelection(new StructuredSelection(lee));
		ITextSelection caret = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(document.get().indexOf("lee \"Lee Park\""), caret.getOffset());
		assertEquals("lee", caret.getText());
	}

	private static DocumentSymbol selected(LspOutlinePage page) {
		return page.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol symbol ? symbol : null;
	}

	@Test
	void contentAssistAfterCadenceOffersTheFrequenciesAndInsertsALinkedSnippet() throws Exception {
		String text = minimal.replace("  biweekly on Thursday at 16:00 for 45 minutes by video at \"https://meet.example.org/sam-lee\"\n", "  \n");
		IFile file = agreement("assist.mentor", text);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		int offset = document.get().indexOf("cadence\n  \n") + "cadence\n  ".length();
		MentorWorkspace.awaitPublication(file, 0);
		List<String> labels = labels(proposals(viewer, offset));
		assertTrue(labels.containsAll(List.of("weekly", "biweekly", "monthly")), labels.toString());

		int sectionStart = document.get().indexOf("boundaries");
		ICompletionProposal template = proposals(viewer, sectionStart).stream()
				.filter(p -> p.getDisplayString().startsWith("cadence (template)")).findFirst().orElseThrow();
		((ICompletionProposalExtension2) template).apply(viewer, (char) 0, 0, sectionStart);
		assertTrue(document.get().contains("cadence\n  weekly on Monday at 10:00 for 60 minutes by video\n"), document.get());
		assertTrue(LinkedModeModel.hasInstalledModel(document), "tab stops of the snippet are linked positions");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("weekly", selection.getText(), "the first tab stop is selected");
	}

	private static List<ICompletionProposal> proposals(ITextViewer viewer, int offset) {
		// the Generic Editor computes proposals off the UI thread, and so must the test
		return List.of(Ui.get("proposals", CompletableFuture.supplyAsync(
				() -> new LspCompletionProcessor().computeCompletionProposals(viewer, offset))));
	}

	private static List<String> labels(List<ICompletionProposal> proposals) {
		return proposals.stream().map(p -> p.getDisplayString().split(" - ")[0]).toList();
	}

	@Test
	void openDeclarationGoesToThePartyAndIntoAnotherFile() throws Exception {
		IFile file = agreement("declaration.mentor", minimal);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		MentorWorkspace.awaitPublication(file, 0);
		int reference = document.get().indexOf("from lee") + "from ".length();
		editor.selectAndReveal(reference, 0);
		// F3 in the Generic Editor is Open Hyperlink, which follows the glue's declaration link
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
		int declaration = document.get().indexOf("lee \"Lee Park\"");
		Ui.waitUntil("F3 to select the declaration",
				() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset() == declaration);

		IFile inProgramme = project.getFile("programme-agreement.mentor");
		ITextEditor agreement = open(inProgramme);
		IDocument text = document(agreement);
		MentorWorkspace.awaitPublication(inProgramme, 0);
		assertTrue(Ui.get("the declaration", OpenDeclaration.open(text, text.get().indexOf("like monthly-default") + 6)));
		ITextEditor target = (ITextEditor) Ui.page().getActiveEditor();
		assertEquals("programme-women-in-tech.mentor", target.getEditorInput().getName());
		assertEquals("monthly-default", ((ITextSelection) target.getSelectionProvider().getSelection()).getText());
	}

	@Test
	void formatRestoresTheLayout() throws Exception {
		IFile file = agreement("format.mentor", minimal);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String formatted = document.get();
		document.set(formatted.replace("\n  milestone", "\n      milestone").replace("\n  reply", "\nreply"));
		FormatHandler.format(EditorContext.of(editor).orElseThrow());
		Ui.waitUntil("formatting", () -> document.get().equals(formatted));
	}

	@Test
	void theNewAgreementSkeletonValidatesClean() throws Exception {
		String text = Skeletons.agreement(new Skeletons.NewAgreement("new-pair", "Learning to review code", "ada", "Ada Lovelace",
				"ada@example.org", "grace", "Grace Hopper", "", LocalDate.of(2027, 3, 1), 6, "biweekly", DayOfWeek.TUESDAY,
				"Europe/Berlin"));
		IFile file = Ui.file(project, "new-pair.mentor", text);
		open(file);
		MentorWorkspace.awaitPublication(file, 0);
		List<String> findings = new ArrayList<>();
		for (IMarker marker : MentorWorkspace.markers(file)) {
			findings.add(marker.getAttribute(DiagnosticMarkers.CODE, "") + "@" + marker.getAttribute(IMarker.SEVERITY, -1));
		}
		// no error or warning; the parties have not signed yet and the mentor's time is theirs to state (infos)
		assertEquals(List.of("mentor.budget.missing@0", "mentor.sign-off.not-signed@0", "mentor.sign-off.not-signed@0"),
				findings.stream().sorted().toList());
	}

	@Test
	void theNewAgreementWizardWritesAnAgreementWithoutErrorsOrWarnings() throws Exception {
		NewAgreementWizard wizard = new NewAgreementWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Ui.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			((WizardNewFileCreationPage) wizard.getPages()[0]).setFileName("wizard-pair.mentor");
			dialog.showPage(wizard.getPages()[1]);
			List<Text> fields = new ArrayList<>();
			texts((Composite) wizard.getPages()[1].getControl(), fields);
			// title, mentor, mentor's e-mail, mentee, mentee's e-mail, start, time zone (in the page's order)
			fields.get(0).setText("Pairing on code reviews");
			fields.get(1).setText("Ada Lovelace");
			fields.get(3).setText("Grace Hopper");
			fields.get(4).setText("grace@example.org");
			fields.get(5).setText("2027-03-01");
			fields.get(6).setText("Europe/Berlin");
			assertTrue(wizard.canFinish(), "the pages are complete");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("wizard-pair.mentor");
		assertTrue(file.exists());
		assertTrue(Ui.read(file).contains("mentor ada \"Ada Lovelace\"\nmentee grace \"Grace Hopper\" email \"grace@example.org\""),
				Ui.read(file));
		MentorWorkspace.awaitPublication(file, 0);
		for (IMarker marker : MentorWorkspace.markers(file)) {
			assertEquals(IMarker.SEVERITY_INFO, marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.MESSAGE, ""));
		}
	}

	private static void texts(Composite parent, List<Text> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				found.add(text);
			} else if (child instanceof Composite composite) {
				texts(composite, found);
			}
		}
	}

	@Test
	void generateWritesTheSummaryAndTheCalendar() throws Exception {
		IFile file = agreement("generate-me.mentor", minimal);
		MentorWorkspace.server();
		MentorWorkspace.awaitPublication(file, 0);
		GenerateHandler.Result result = Ui.get("generation", GenerateHandler.generate(file));
		assertEquals(null, result.reason());
		IFile html = project.getFile("generated/generate-me.html");
		IFile ics = project.getFile("generated/generate-me.ics");
		assertTrue(html.exists() && ics.exists(), result.written().toString());
		// generated/ beside the agreement (the one output rule), and the server's answer names exactly those files
		assertEquals(List.of(java.nio.file.Path.of(html.getLocationURI()), java.nio.file.Path.of(ics.getLocationURI())),
				result.written().stream().map(uri -> java.nio.file.Path.of(java.net.URI.create(uri))).toList());
		assertTrue(Ui.read(ics).contains("BEGIN:VCALENDAR"));
		assertNotNull(Ui.read(html));
	}
}
