package org.mentorship.dsl.tests.editor;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.Modules2;
import org.junit.Assert;
import org.junit.Test;
import org.mentorship.dsl.ide.server.MentorLanguageServer;
import org.mentorship.dsl.validation.IssueCodes;

/**
 * Issue 16: an editor counts "\n", "\r\n" and a lone "\r" as line ends (LSP), so the same line and character
 * mean the same place in a file saved with any of them: hover, definition and completion answer the same, an
 * incremental edit lands where the editor made it (also one that spans the line end), and the diagnostic of
 * that edit comes back at the same line and column. Xtext's document counted "\n" only.
 */
public class LineEndingsLanguageServerTest extends EditorServicesTestBase {

	private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");

	/** Everything the editor sees, one line per answer: the same for every line end. */
	private String session(String lineEnd, int index) throws Exception {
		String text = AGREEMENT.replace("ada-grace", "ada-grace-" + index);
		// not openFile: Xtext's test client turns every line end into "\n" before it sends the text
		String uri = writeFile("f" + index + ".mentor", "");
		server().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "mentor", 1, text.replace("\n", lineEnd))));
		Assert.assertEquals("the text as opened", escaped(text.replace("\n", lineEnd)), escaped(contents(uri)));
		TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
		List<String> answers = new ArrayList<>();
		Position reference = at(text, "from grace", 6);
		answers.add("hover: " + server().hover(new HoverParams(id, reference)).get().getContents().getRight().getValue());
		answers.add("definition: " + server().definition(new DefinitionParams(id, reference)).get().getLeft().stream()
				.map(location -> range(location.getRange())).collect(Collectors.joining()));
		answers.add("completion: " + server().completion(new CompletionParams(id, at(text, "ada signed", 0))).get().getRight()
				// without the qualified names, which name the other files' parties too
				.getItems().stream().filter(item -> !item.getLabel().contains(".")).map(item -> item.getLabel() + (item.getTextEdit() == null ? ""
						: range(item.getTextEdit().getLeft().getRange()))).collect(Collectors.joining(", ")));

		// an impossible date typed over the milestone's, then "by the summer." joined to the line above it
		Position date = at(text, "2030-02-15", 0);
		Position lineEndOfPurpose = at(text, " reviews\n", 8);
		change(uri, 2, new Range(date, new Position(date.getLine(), date.getCharacter() + 10)), "2030-02-30");
		change(uri, 3, new Range(lineEndOfPurpose, new Position(lineEndOfPurpose.getLine() + 1, 2)), " ");
		String expected = text.replace("2030-02-15", "2030-02-30").replace("reviews\n  by the", "reviews by the");
		Assert.assertEquals("the text after the edits", escaped(expected.replace("\n", lineEnd)), escaped(contents(uri)));

		Diagnostic impossible = getDiagnostics().get(uri).stream()
				.filter(d -> IssueCodes.DATE_FORMAT.equals(d.getCode().getLeft())).findFirst().orElse(null);
		assertNotNull(escaped(lineEnd) + ": " + getDiagnostics().get(uri), impossible);
		answers.add("diagnostic: " + range(impossible.getRange()));
		return String.join("\n", answers);
	}

	@Test
	public void everyLineEndMeansTheSamePositions() throws Exception {
		initializeClient();
		String lf = session("\n", 0);
		assertTrue(lf, lf.contains("Grace Hopper") && lf.contains("definition: 9:7-9:12") && lf.contains("diagnostic: 11:34-11:44"));
		for (int i = 1; i < LINE_ENDS.size(); i++) {
			Assert.assertEquals("with " + escaped(LINE_ENDS.get(i)), lf, session(LINE_ENDS.get(i), i));
		}
	}

	/** The server as `mentor lsp` runs it, which also shows a test the text it holds. */
	public static class TextShowingServer extends MentorLanguageServer {
		String text(String uri) {
			return getWorkspaceManager().doRead(URI.createURI(uri), (document, resource) -> document.getContents());
		}
	}

	@Override
	protected com.google.inject.Module getServerModule() {
		return Modules2.mixin(super.getServerModule(), binder -> binder.bind(LanguageServerImpl.class).to(TextShowingServer.class));
	}

	private void change(String uri, int version, Range range, String text) {
		server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	private String contents(String uri) {
		return ((TextShowingServer) server()).text(uri);
	}

	private static String range(Range range) {
		return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
				+ range.getEnd().getCharacter();
	}

	private static String escaped(String text) {
		return text.replace("\r", "\\r").replace("\n", "\\n");
	}
}
