package org.mentorship.dsl.tests;

import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
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
	public void openedDocumentIsValidatedWithoutDiagnostics() {
		initialize();
		String uri = writeFile("a.mentor", "agreement a \"A\"\n");
		open(uri, "agreement a \"A\"\n");
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		// an unknown file extension would publish nothing at all: require an (empty) report
		assertTrue("no diagnostics published for " + uri + ": " + getDiagnostics(), diagnostics != null);
		// (AbstractLanguageServerTest has its own assertEquals(String, String), hence the qualified call)
		org.junit.Assert.assertEquals(List.of(), diagnostics);
	}

	@Test
	public void syntaxErrorIsReported() {
		initialize();
		String uri = writeFile("b.mentor", "agreement \"A\"\n");
		open(uri, "agreement \"A\"\n");
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		assertTrue("expected a syntax error, got " + diagnostics, diagnostics != null && !diagnostics.isEmpty());
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
