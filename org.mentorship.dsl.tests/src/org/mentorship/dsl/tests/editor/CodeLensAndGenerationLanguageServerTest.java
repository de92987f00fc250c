package org.mentorship.dsl.tests.editor;

import org.junit.Assert;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.Test;

/** Code lenses on the agreement line, the mentor.generate command, and generation by the server's builder. */
public class CodeLensAndGenerationLanguageServerTest extends EditorServicesTestBase {

	private String lenses(String text) throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", text);
		List<? extends CodeLens> lenses = server().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get();
		return lenses.stream().map(l -> l.getRange().getStart().getLine() + ": " + l.getCommand().getTitle() + " ["
				+ l.getCommand().getCommand() + "]").collect(Collectors.joining("\n"));
	}

	@Test
	public void commandsAreAdvertised() {
		InitializeResult result = initializeClient();
		Assert.assertEquals(List.of("mentor.generate", "mentor.nextMeeting"), result.getCapabilities().getExecuteCommandProvider().getCommands());
	}

	@Test
	public void nextMeetingAndGenerate() throws Exception {
		Assert.assertEquals("""
				1: next meeting: Tuesday 2030-02-05 at 10:00 [mentor.nextMeeting]
				1: Generate summary and calendar [mentor.generate]""", lenses(AGREEMENT));
	}

	/** The next meeting is the next session of any kind the calendar holds, not only the cadence's. */
	@Test
	public void theNextMeetingCanBeAKickoffACheckInOrARetrospective() throws Exception {
		initializeClient();
		String cadence = "cadence\n  biweekly on Tuesday at 10:00 for 60 minutes by video\n";
		Assert.assertEquals("next meeting: Monday 2030-02-04 at 09:30 (kickoff)", nextMeeting(AGREEMENT
				.replace(cadence, cadence + "\nkickoff on 2030-02-04 at 09:30 \"Read the agreement together\"\n")));
		Assert.assertEquals("next meeting: Tuesday 2030-02-05 at 08:00 (check-in early)", nextMeeting(AGREEMENT
				.replace("check-in on 2030-04-01", "check-in early on 2030-02-05 at 08:00")));
		Assert.assertEquals("next meeting: Sunday 2030-02-03 at 11:00 (retrospective)", nextMeeting(AGREEMENT
				.replace(cadence, cadence + "\nretrospective every 1 month starting 2030-01-03 at 11:00\n")));
		// a monthly series from the 31st has no February date: the cadence's Tuesday comes first
		Assert.assertEquals("next meeting: Tuesday 2030-02-05 at 10:00", nextMeeting(AGREEMENT
				.replace(cadence, cadence + "\nretrospective every 1 month starting 2030-01-31 at 11:00\n")));
		// sessions already past do not count
		Assert.assertEquals("next meeting: Tuesday 2030-02-05 at 10:00", nextMeeting(AGREEMENT
				.replace(cadence, cadence + "\nkickoff on 2030-01-07 at 09:30\n")));
	}

	private int files;

	/** The title of the next-meeting lens of the text, opened as a new file (the server is initialized once). */
	private String nextMeeting(String text) throws Exception {
		String uri = openFile("next-" + ++files + ".mentor", text);
		return server().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get().stream()
				.filter(l -> "mentor.nextMeeting".equals(l.getCommand().getCommand())).findFirst().orElseThrow()
				.getCommand().getTitle();
	}

	@Test
	public void noMoreMeetingsAfterTheTerm() throws Exception {
		Assert.assertEquals("""
				1: no more meetings [mentor.nextMeeting]
				1: Generate summary and calendar [mentor.generate]""",
				lenses(AGREEMENT.replace("from 2030-01-07 to 2030-06-28", "from 2029-01-07 to 2029-06-28")));
	}

	@Test
	public void generateWritesSummaryAndCalendarBesideTheAgreement() throws Exception {
		initializeClient();
		String uri = openFile("agreements/a.mentor", AGREEMENT);
		File html = new File(root, "agreements/generated/ada-grace.html");
		File ics = new File(root, "agreements/generated/ada-grace.ics");
		Object written = server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
		Assert.assertEquals(List.of(html.toPath().toUri().toString(), ics.toPath().toUri().toString()), written);
		assertTrue(Files.readString(html.toPath()).contains("Growing into a tech lead"));
		assertTrue(Files.readString(ics.toPath()).startsWith("BEGIN:VCALENDAR"));
		Assert.assertFalse("nothing in the workspace folder's generated/", new File(root, "generated").exists());
	}

	/** A relative output folder is the workspace folder's, whichever sub-folder holds the agreement. */
	@Test
	public void aConfiguredOutputFolderIsTakenFromTheWorkspaceFolder() throws Exception {
		initializeClient(Map.of("outputFolder", "site/summaries"));
		String uri = openFile("agreements/a.mentor", AGREEMENT);
		Object written = server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
		File html = new File(root, "site/summaries/ada-grace.html");
		Assert.assertEquals(List.of(html.toPath().toUri().toString(),
				new File(root, "site/summaries/ada-grace.ics").toPath().toUri().toString()), written);
		assertTrue(html.isFile());
	}

	/** Settings change without a restart, in VS Code's shape ({"mentor": {...}}). */
	@Test
	public void changedSettingsApplyToTheNextGeneration() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		File elsewhere = new File(root, "elsewhere");
		server().didChangeConfiguration(new DidChangeConfigurationParams(
				Map.of("mentor", Map.of("outputFolder", elsewhere.getAbsolutePath()))));
		server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
		assertTrue(new File(elsewhere, "ada-grace.html").isFile());
		Assert.assertFalse(new File(root, "generated").exists());
	}

	/** With generation on save off, saving leaves the outputs as the last command wrote them. */
	@Test
	public void withGenerationOnSaveOffOnlyTheCommandWrites() throws Exception {
		String uri = writeFile("a.mentor", AGREEMENT);
		initializeClient(Map.of("generateOnSave", false));
		server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
		File html = new File(root, "generated/ada-grace.html");
		assertTrue(html.isFile());
		String changed = AGREEMENT.replace("Growing into a tech lead", "Leading design reviews");
		writeFile("a.mentor", changed);
		open(uri, changed);
		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		assertTrue(Files.readString(html.toPath()).contains("Growing into a tech lead"));
	}

	@Test
	public void generateRefusesAFileWithErrors() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT.replace("from grace", "from nobody"));
		Assert.assertEquals("Not generated: the agreement has 1 error.",
				server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get());
	}

	/**
	 * Opening a folder writes nothing; once an agreement has been generated (here with the command), the
	 * builder keeps its summary and calendar up to date when the saved file changes on disk.
	 */
	@Test
	public void theServerRegeneratesOnlyWhatWasGeneratedBefore() throws Exception {
		String uri = writeFile("a.mentor", AGREEMENT);
		initializeClient();
		assertTrue(!new File(root, "generated").exists());
		server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
		assertTrue(new File(root, "generated/ada-grace.html").isFile());
		assertTrue(new File(root, "generated/ada-grace.ics").isFile());
		String changed = AGREEMENT.replace("Growing into a tech lead", "Leading design reviews");
		writeFile("a.mentor", changed);
		open(uri, changed);
		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		assertTrue(Files.readString(new File(root, "generated/ada-grace.html").toPath()).contains("Leading design reviews"));
	}

	/** Typing in a generated agreement writes nothing; saving it regenerates (Xtext's server builds nothing on didSave). */
	@Test
	public void unsavedEditsDoNotReachTheOutputs() throws Exception {
		String uri = writeFile("a.mentor", AGREEMENT);
		initializeClient();
		server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
		File html = new File(root, "generated/ada-grace.html");
		open(uri, AGREEMENT);
		server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(AGREEMENT.replace("Growing into a tech lead", "Unsaved words")))));
		server().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(); // after the build
		assertTrue(Files.readString(html.toPath()).contains("Growing into a tech lead"));
		assertTrue(!Files.readString(html.toPath()).contains("Unsaved words"));

		writeFile("a.mentor", AGREEMENT.replace("Growing into a tech lead", "Unsaved words")); // the editor saves
		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		server().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();
		assertTrue("saved: the summary follows", Files.readString(html.toPath()).contains("Unsaved words"));
	}
}
