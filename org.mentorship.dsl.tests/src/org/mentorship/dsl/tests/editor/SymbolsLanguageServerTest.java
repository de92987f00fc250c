package org.mentorship.dsl.tests.editor;

import org.junit.Assert;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.Test;

/** textDocument/documentSymbol (the outline) and workspace/symbol. */
public class SymbolsLanguageServerTest extends EditorServicesTestBase {

	static final String PROGRAMME = """
			programme wit "Women in Tech"
			  time zone "Europe/London"

			contact office "Mentoring programme office"

			cadence monthly-default
			  monthly on the second Tuesday at 17:00 for 60 minutes by video

			boundaries standard
			  reply within 3 working days on "e-mail"
			""";

	private List<DocumentSymbol> symbols(String uri) throws Exception {
		return server().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get().stream()
				.map(Either::getRight).collect(Collectors.toList());
	}

	@Test
	public void theOutlineOfAnAgreement() throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		Assert.assertEquals("""
				ada-grace : Module (Growing into a tech lead) @1-29
				  purpose : String @5-6
				  ada : Object (mentor: Ada Lovelace) @8-8
				  grace : Object (mentee: Grace Hopper) @9-9
				  reviews : Class (Lead three design reviews) @11-15
				    Shadow a review : Event (due 2030-02-15) @12-12
				    lead-one : Event (Lead one review, due 2030-04-30) @13-13
				  cadence : Event (biweekly on Tuesday at 10:00 for 60 minutes by video) @17-18
				  boundaries : Struct @20-21
				  check-in 2030-04-01 : Event @23-23
				  sign-off : Field @25-27
				  review 2030-06-01 : Event @29-29
				""", outline(symbols(uri)));
	}

	@Test
	public void theOutlineOfAProgramme() throws Exception {
		initializeClient();
		String uri = openFile("p.mentor", PROGRAMME);
		Assert.assertEquals("""
				wit : Namespace (Women in Tech) @0-9
				  office : Object (contact: Mentoring programme office) @3-3
				  monthly-default : Event (monthly on the second Tuesday at 17:00 for 60 minutes by video) @5-6
				  standard : Struct @8-9
				""", outline(symbols(uri)));
	}

	@Test
	public void workspaceSymbolsFindPartiesAndGoalsByName() throws Exception {
		initializeClient();
		openFile("p.mentor", PROGRAMME);
		openFile("a.mentor", AGREEMENT);
		Assert.assertEquals("""
				ada-grace : Module
				ada-grace.ada : Object
				ada-grace.grace : Object
				ada-grace.reviews : Class
				ada-grace.reviews.lead-one : Event""", workspaceSymbols("ada"));
		Assert.assertEquals("ada-grace.reviews : Class\nada-grace.reviews.lead-one : Event", workspaceSymbols("reviews"));
		Assert.assertEquals("wit.office : Object", workspaceSymbols("office"));
	}

	private String workspaceSymbols(String query) throws Exception {
		List<? extends WorkspaceSymbol> symbols = server().symbol(new WorkspaceSymbolParams(query)).get().getRight();
		return symbols.stream().map(s -> s.getName() + " : " + s.getKind()).sorted().collect(Collectors.joining("\n"));
	}
}
