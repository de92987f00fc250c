package org.mentorship.dsl.tests.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.Assert;
import org.junit.Test;

/**
 * Mark occurrences (textDocument/documentHighlight, Xtext's DefaultDocumentHighlightService): on a name, its declaration
 * (Write) and every reference to it in the file (Read); elsewhere, nothing.
 */
public class DocumentHighlightLanguageServerTest extends EditorServicesTestBase {

	private String highlights(String uri, Position at) throws Exception {
		List<? extends DocumentHighlight> found = server().documentHighlight(
				new DocumentHighlightParams(new TextDocumentIdentifier(uri), at)).get();
		return found.stream().map(h -> h.getRange().getStart().getLine() + ":" + h.getRange().getStart().getCharacter() + "-"
				+ h.getRange().getEnd().getLine() + ":" + h.getRange().getEnd().getCharacter() + " " + h.getKind())
				.collect(Collectors.joining(", "));
	}

	@Test
	public void aPartyReferenceHighlightsItsDeclarationAndEveryReference() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		String grace = "9:7-9:12 Write, 14:31-14:36 Read, 27:2-27:7 Read";
		Assert.assertEquals(grace, highlights(uri, at(AGREEMENT, "from grace", 7)));
		Assert.assertEquals("the same from the declaration", grace, highlights(uri, at(AGREEMENT, "mentee grace", 9)));
		Assert.assertEquals("the same at the end of the name", grace, highlights(uri, at(AGREEMENT, "  grace signed", 7)));
	}

	@Test
	public void aGoalIdHighlightsTheCheckInsAboutIt() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		String reviews = "11:5-11:12 Write, 23:67-23:74 Read";
		Assert.assertEquals(reviews, highlights(uri, at(AGREEMENT, "goal reviews", 6)));
		Assert.assertEquals(reviews, highlights(uri, at(AGREEMENT, "about reviews", 6)));
	}

	@Test
	public void aMilestoneIdThatNothingUsesHighlightsItself() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		Assert.assertEquals("13:12-13:20 Write", highlights(uri, at(AGREEMENT, "lead-one", 3)));
	}

	@Test
	public void keywordsTextsAndDatesHighlightNothing() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		Assert.assertEquals("", highlights(uri, at(AGREEMENT, "milestone lead-one", 3)));
		Assert.assertEquals("", highlights(uri, at(AGREEMENT, "\"Lead one review\"", 4)));
		Assert.assertEquals("", highlights(uri, at(AGREEMENT, "2030-04-30", 2)));
		Assert.assertEquals("", highlights(uri, at(AGREEMENT, "cadence", 2)));
	}
}
