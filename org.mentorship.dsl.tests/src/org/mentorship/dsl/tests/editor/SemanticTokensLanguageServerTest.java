package org.mentorship.dsl.tests.editor;

import org.junit.Assert;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.Test;

/** textDocument/semanticTokens/full, decoded with the legend the server advertises. */
public class SemanticTokensLanguageServerTest extends EditorServicesTestBase {

	@Test
	public void keywordsNamesReferencesDatesAndText() throws Exception {
		SemanticTokensLegend legend = initializeClient().getCapabilities().getSemanticTokensProvider().getLegend();
		String text = """
				agreement a-b "A"
				  from 2030-01-07 to 2030-06-28
				mentor ada "Ada"
				  responsible for "a
				  b"
				cadence
				  weekly on Monday at 9:30 for 1.5 hours
				sign-off
				  ada to sign // later
				""";
		String uri = openFile("a.mentor", text);
		SemanticTokens tokens = server().semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		Assert.assertEquals("""
				0:0 agreement keyword
				0:10 a-b namespace declaration
				0:14 "A" string
				1:2 from keyword
				1:7 2030-01-07 number
				1:18 to keyword
				1:21 2030-06-28 number
				2:0 mentor enumMember
				2:7 ada variable declaration
				2:11 "Ada" string
				3:2 responsible keyword
				3:14 for keyword
				3:18 "a string
				4:0   b" string
				5:0 cadence keyword
				6:2 weekly enumMember
				6:9 on keyword
				6:12 Monday enumMember
				6:19 at keyword
				6:22 9:30 number
				6:27 for keyword
				6:31 1.5 number
				6:35 hours enumMember
				7:0 sign-off keyword
				8:2 ada variable
				8:6 to keyword
				8:9 sign keyword
				8:14 // later comment""", decode(text, tokens.getData(), legend));
	}

	/**
	 * A declared name is coloured by what it names: a cadence is something that happens on dates (event),
	 * as in the outline; other named defaults are types.
	 */
	@Test
	public void namedDefaultsByKind() throws Exception {
		SemanticTokensLegend legend = initializeClient().getCapabilities().getSemanticTokensProvider().getLegend();
		String text = """
				programme p "P"
				cadence weekly-call
				  weekly on Monday at 9:30 for 30 minutes
				boundaries standard
				  reply within 2 working days on "e-mail"
				""";
		String uri = openFile("p.mentor", text);
		SemanticTokens tokens = server().semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		List<String> declarations = decode(text, tokens.getData(), legend).lines().filter(l -> l.endsWith(" declaration"))
				.toList();
		Assert.assertEquals(List.of("0:10 p namespace declaration", "1:8 weekly-call event declaration",
				"3:11 standard type declaration"), declarations);
	}

	private static String decode(String text, List<Integer> data, SemanticTokensLegend legend) {
		String[] lines = text.split("\n", -1);
		List<String> out = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			if (data.get(i) > 0) {
				character = 0;
			}
			line += data.get(i);
			character += data.get(i + 1);
			int length = data.get(i + 2);
			StringBuilder modifiers = new StringBuilder();
			for (int m = 0; m < legend.getTokenModifiers().size(); m++) {
				if ((data.get(i + 4) & (1 << m)) != 0) {
					modifiers.append(' ').append(legend.getTokenModifiers().get(m));
				}
			}
			out.add(line + ":" + character + " " + lines[line].substring(character, character + length) + " "
					+ legend.getTokenTypes().get(data.get(i + 3)) + modifiers);
		}
		return String.join("\n", out);
	}
}
