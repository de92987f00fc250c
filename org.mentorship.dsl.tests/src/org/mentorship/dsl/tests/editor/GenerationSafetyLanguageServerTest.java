package org.mentorship.dsl.tests.editor;

import org.junit.Assert;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.Test;

/**
 * The language server writes generated files as `mentor generate` does (OutputFiles): never through a
 * symbolic link, never over a read-only file, both files of an agreement or neither, with the
 * permissions the umask gives. Both ways it writes: the generate command, and the builder on save.
 */
public class GenerationSafetyLanguageServerTest extends EditorServicesTestBase {

	private Object generateCommand(String uri) throws Exception {
		return server().executeCommand(new ExecuteCommandParams("mentor.generate", List.of(uri))).get();
	}

	/** The editor closes and opens the file again, so the server reads the new text. */
	private void reopen(String uri, String text) {
		server().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		open(uri, text);
	}

	private static Path outsideFile() throws Exception {
		Path outside = Files.createTempFile("outside-the-workspace", ".txt");
		Files.writeString(outside, "not yours to overwrite");
		outside.toFile().deleteOnExit();
		return outside;
	}

	@Test
	public void theCommandRefusesALinkAndWritesNeitherFile() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		Path generated = Files.createDirectories(new File(root, "generated").toPath());
		Path outside = outsideFile();
		Files.deleteIfExists(generated.resolve("ada-grace.html"));
		Files.deleteIfExists(generated.resolve("ada-grace.ics"));
		Files.createSymbolicLink(generated.resolve("ada-grace.ics"), outside);
		Object result = generateCommand(uri);
		assertTrue(String.valueOf(result), String.valueOf(result).startsWith("Not generated: refused to write "));
		assertTrue(String.valueOf(result), String.valueOf(result).contains("ada-grace.ics: it is a symbolic link"));
		Assert.assertEquals("not yours to overwrite", Files.readString(outside));
		assertFalse("no summary without its calendar", Files.exists(generated.resolve("ada-grace.html")));
	}

	@Test
	public void theBuilderOnSaveNeverWritesThroughALinkNorOverAReadOnlyFile() throws Exception {
		String uri = writeFile("a.mentor", AGREEMENT);
		initializeClient();
		assertTrue(generateCommand(uri) instanceof List);
		Path generated = new File(root, "generated").toPath();
		Path outside = outsideFile();
		Files.delete(generated.resolve("ada-grace.ics"));
		Files.createSymbolicLink(generated.resolve("ada-grace.ics"), outside);
		Path html = generated.resolve("ada-grace.html");
		String before = Files.readString(html);

		String changed = AGREEMENT.replace("Growing into a tech lead", "Leading design reviews");
		writeFile("a.mentor", changed);
		open(uri, changed);
		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		Assert.assertEquals("not yours to overwrite", Files.readString(outside));
		Assert.assertEquals("the summary is not updated without its calendar", before, Files.readString(html));
		// the editor's user is told, not only the log
		assertTrue(notifications.toString(), notifications.stream().anyMatch(n -> "window/showMessage".equals(n.getKey())
				&& n.getValue() instanceof MessageParams m && m.getType() == MessageType.Warning
				&& m.getMessage().startsWith("Summary and calendar not generated: refused to write ")
				&& m.getMessage().contains("ada-grace.ics: it is a symbolic link")));

		Files.delete(generated.resolve("ada-grace.ics"));
		Files.setPosixFilePermissions(html, PosixFilePermissions.fromString("r--r--r--"));
		String again = changed.replace("Leading design reviews", "Leading design reviews well");
		writeFile("a.mentor", again);
		reopen(uri, again);
		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		Assert.assertEquals("a read-only file is left as it is, even for root", before, Files.readString(html));
		assertFalse(Files.exists(generated.resolve("ada-grace.ics")));

		// once the file may be written again, saving regenerates both: the builder did run above
		Files.setPosixFilePermissions(html, PosixFilePermissions.fromString("rw-r--r--"));
		String last = again.replace("reviews well", "reviews very well");
		writeFile("a.mentor", last);
		reopen(uri, last);
		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		assertTrue(Files.readString(html).contains("Leading design reviews very well"));
		assertTrue(Files.isRegularFile(generated.resolve("ada-grace.ics")));
	}

	@Test
	public void generatedFilesGetThePermissionsOfTheUmaskAsInTheCommandLine() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		Path probe = Files.createTempFile(root.toPath(), "probe", "");
		Files.delete(probe);
		String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(probe)));
		Files.delete(probe);
		assertTrue(generateCommand(uri) instanceof List);
		assertTrue(generateCommand(uri) instanceof List); // the second time replaces the files
		for (String name : List.of("ada-grace.html", "ada-grace.ics")) {
			Path file = new File(root, "generated/" + name).toPath();
			Assert.assertEquals(name, usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		}
	}
}
