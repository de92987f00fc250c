package org.mentorship.dsl.tests.editor;

import org.junit.Assert;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.Test;

/** Xtext's rename (RenameService2) and find references, across files. */
public class RenameAndReferencesLanguageServerTest extends EditorServicesTestBase {

	static final String PROGRAMME = """
			programme wit "Women in Tech"

			contact office "Mentoring programme office"

			boundaries standard
			  reply within 3 working days on "e-mail"
			""";

	static final String MEMBER = """
			agreement nadia-olu "From analyst to data scientist"
			  programme wit

			mentor nadia "Nadia Haddad"
			mentee olu "Olu Adeyemi"

			boundaries like standard

			escalation
			  first office "mediates"
			""";

	private String edits(WorkspaceEdit edit) {
		Map<String, String> byFile = new TreeMap<>();
		edit.getChanges().forEach((uri, edits) -> byFile.put(relativize(uri).toString(),
				edits.stream().map(this::describe).collect(Collectors.joining(", "))));
		return byFile.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
	}

	private String describe(TextEdit edit) {
		return edit.getRange().getStart().getLine() + ":" + edit.getRange().getStart().getCharacter() + " " + edit.getNewText();
	}

	@Test
	public void renameAPartyUsedInRolesAndSignOff() throws Exception {
		initializeClient();
		String text = AGREEMENT.replace("purpose ", "roles\n  grace owns the agenda\n\npurpose ");
		String uri = openFile("a.mentor", text);
		WorkspaceEdit edit = server().rename(new RenameParams(new TextDocumentIdentifier(uri), at(text, "mentee grace", 8), "hopper")).get();
		Assert.assertEquals("a.mentor: 6:2 hopper, 12:7 hopper, 17:31 hopper, 30:2 hopper", edits(edit));
	}

	@Test
	public void renameAProgrammeDefaultUsedFromAnotherFile() throws Exception {
		initializeClient();
		String programme = openFile("p.mentor", PROGRAMME);
		openFile("a.mentor", MEMBER);
		WorkspaceEdit edit = server().rename(new RenameParams(new TextDocumentIdentifier(programme), at(PROGRAMME, "standard", 0), "strict")).get();
		Assert.assertEquals("a.mentor: 6:16 strict\np.mentor: 4:11 strict", edits(edit));
	}

	@Test
	public void referencesOfAProgrammeContact() throws Exception {
		initializeClient();
		String programme = openFile("p.mentor", PROGRAMME);
		openFile("a.mentor", MEMBER);
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(programme), at(PROGRAMME, "office", 0),
				new ReferenceContext(true));
		List<? extends Location> locations = server().references(params).get();
		Assert.assertEquals("a.mentor 9:8, p.mentor 2:8", locations.stream().map(l -> relativize(l.getUri()) + " "
				+ l.getRange().getStart().getLine() + ":" + l.getRange().getStart().getCharacter()).sorted().collect(Collectors.joining(", ")));
	}
}
