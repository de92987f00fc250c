package org.mentorship.dsl.tests.editor;

import org.junit.Assert;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.Test;

/** textDocument/foldingRange (Xtext's, with the language's ranges) and textDocument/selectionRange (added). */
public class FoldingAndSelectionLanguageServerTest extends EditorServicesTestBase {

	static final String WITH_COMMENT = "/*\n * Notes\n */\n" + AGREEMENT;

	@Test
	public void capabilitiesAreAdvertised() {
		InitializeResult result = initializeClient();
		Assert.assertEquals(Either.forLeft(true), result.getCapabilities().getFoldingRangeProvider());
		Assert.assertEquals(Either.forLeft(true), result.getCapabilities().getSelectionRangeProvider());
	}

	@Test
	public void oneRangePerMultiLineSectionTextAndComment() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", WITH_COMMENT);
		List<FoldingRange> ranges = server().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get();
		Assert.assertEquals("""
				0-2 comment
				8-9
				14-18
				20-21
				23-24
				28-30""", ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine() + (r.getKind() == null ? "" : " " + r.getKind()))
				.collect(Collectors.joining("\n")));
	}

	@Test
	public void selectionGrowsFromTokenToClauseToSectionToFile() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		List<SelectionRange> result = ((org.mentorship.dsl.ide.server.MentorLanguageServer) server())
				.selectionRange(new SelectionRangeParams(new TextDocumentIdentifier(uri), List.of(at(AGREEMENT, "60 minutes", 0)))).get();
		StringBuilder chain = new StringBuilder();
		for (SelectionRange s = result.get(0); s != null; s = s.getParent()) {
			chain.append(text(AGREEMENT, s.getRange()).replace("\n", "\\n")).append('\n');
		}
		Assert.assertEquals("""
				60
				60 minutes
				biweekly on Tuesday at 10:00 for 60 minutes by video
				cadence\\n  biweekly on Tuesday at 10:00 for 60 minutes by video
				""" + AGREEMENT.substring(AGREEMENT.indexOf("agreement"), AGREEMENT.length() - 1).replace("\n", "\\n") + "\n"
				+ AGREEMENT.replace("\n", "\\n") + "\n", chain.toString());
	}

	static String text(String text, Range range) {
		String[] lines = text.split("\n", -1);
		int start = offset(lines, range.getStart().getLine(), range.getStart().getCharacter());
		int end = offset(lines, range.getEnd().getLine(), range.getEnd().getCharacter());
		return text.substring(start, end);
	}

	private static int offset(String[] lines, int line, int character) {
		int offset = 0;
		for (int i = 0; i < line; i++) {
			offset += lines[i].length() + 1;
		}
		return offset + character;
	}
}
