package org.mentorship.dsl.tests;

import static org.junit.Assert.assertTrue;

import java.util.List;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.Test;

/**
 * JUnit 4 (run by the JUnit Platform's vintage engine): Xtext's AbstractLanguageServerTest drives the
 * real language server (org.mentorship.dsl.ide) in-process. The language is found the way the
 * language server finds it: META-INF/services/org.eclipse.xtext.ISetup.
 */
public class MentorLanguageServerTest extends AbstractLanguageServerTest {

	public MentorLanguageServerTest() {
		super("mentor");
	}

	@Test
	public void aCompleteAgreementHasNoErrors() throws IOException {
		initialize();
		String text = Files.readString(Path.of(System.getProperty("mentor.examples", "../examples"), "complete.mentor"));
		String uri = writeFile("complete.mentor", text);
		open(uri, text);
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		// an unknown file extension would publish nothing at all: require a report
		assertTrue("no diagnostics published for " + uri + ": " + getDiagnostics(), diagnostics != null);
		assertTrue(diagnostics.toString(), diagnostics.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
	}

	@Test
	public void syntaxErrorIsReported() {
		initialize();
		String uri = writeFile("b.mentor", "agreement \"A\"\n");
		open(uri, "agreement \"A\"\n");
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		assertTrue("expected a syntax error, got " + diagnostics, diagnostics != null && !diagnostics.isEmpty());
	}

	/** The server checks ids across the workspace, as mentor validate does across the files it is given. */
	@Test
	public void twoFilesWithOneAgreementIdAreAnErrorInEach() {
		String first = writeFile("a.mentor", "agreement same \"A\"\n");
		String second = writeFile("b/b.mentor", "agreement same \"B\"\n");
		initialize();
		for (String[] file : new String[][] { { first, "(b/b.mentor)" }, { second, "(../a.mentor)" } }) {
			List<Diagnostic> diagnostics = getDiagnostics().get(file[0]);
			assertTrue(file[0] + ": " + diagnostics, diagnostics != null && diagnostics.stream()
					.anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error && "mentor.duplicate-id".equals(d.getCode().getLeft())
							&& d.getMessage().getLeft().contains("The agreement id 'same' is used in another file too " + file[1])));
		}
	}

	/** textDocument/formatting uses the language's formatter, with its two-space indentation whatever the editor asks. */
	@Test
	public void formattingUsesTheHouseStyle() {
		testFormatting(params -> params.setOptions(new FormattingOptions(4, true)), config -> {
			config.setModel("agreement a \"A\" version 1 mentor ada \"Ada\" responsible for \"x\"   // note");
			config.setExpectedText("agreement a \"A\"\n  version 1\n\nmentor ada \"Ada\"\n  responsible for \"x\" // note\n");
		});
	}
}
