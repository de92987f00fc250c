package org.mentorship.dsl.tests.editor;

import org.junit.Assert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.Test;

/**
 * After a keystroke that declares no name, the document's index entry keeps its exported names (KeptNamesIndexer,
 * KeptIndexEntry): no other open document is checked again because of it, while find references still sees the
 * references the keystroke wrote.
 */
public class KeystrokeIndexLanguageServerTest extends EditorServicesTestBase {

	private final List<String> published = new ArrayList<>();
	private final Map<String, String> texts = new HashMap<>();

	@Override
	protected String openFile(String name, String text) {
		String uri = super.openFile(name, text);
		texts.put(uri, text);
		return uri;
	}

	@Override
	public void notify(String method, Object parameter) {
		super.notify(method, parameter);
		if (parameter instanceof PublishDiagnosticsParams diagnostics) {
			published.add(relativize(diagnostics.getUri()).toString());
		}
	}

	@Test
	public void aKeystrokeInATextChecksNoOtherFile() throws Exception {
		initializeClient();
		// the same agreement id in both: a change of a's names checks b again (SharedIdsAffect), a keystroke does not
		String a = openFile("a.mentor", RenameAndReferencesLanguageServerTest.MEMBER);
		openFile("b.mentor", RenameAndReferencesLanguageServerTest.MEMBER.replace("Olu Adeyemi", "Olu A."));
		published.clear();

		type(a, 2, "\"mediates\"", "\"mediates now\"");
		Assert.assertEquals("only the edited file is checked", List.of("a.mentor"), published);

		published.clear();
		type(a, 3, "agreement nadia-olu", "agreement nadia-olu2");
		Assert.assertEquals("a changed id checks the file that shared it", List.of("a.mentor", "b.mentor"),
				published.stream().sorted().toList());
	}

	@Test
	public void findReferencesSeesAReferenceTypedSinceTheLastSave() throws Exception {
		initializeClient();
		String programme = openFile("p.mentor", RenameAndReferencesLanguageServerTest.PROGRAMME);
		String member = openFile("a.mentor", RenameAndReferencesLanguageServerTest.MEMBER);
		Assert.assertEquals("a.mentor 9:8, p.mentor 2:8", referencesOfOffice(programme));

		type(member, 2, "\"mediates\"", "\"mediates\"\n  then office \"decides\"");
		Assert.assertEquals("a.mentor 10:7, a.mentor 9:8, p.mentor 2:8", referencesOfOffice(programme));
	}

	private String referencesOfOffice(String programme) throws Exception {
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(programme),
				at(RenameAndReferencesLanguageServerTest.PROGRAMME, "office", 0), new ReferenceContext(true));
		List<? extends Location> locations = server().references(params).get();
		return locations.stream().map(l -> relativize(l.getUri()) + " " + l.getRange().getStart().getLine() + ":"
				+ l.getRange().getStart().getCharacter()).sorted().collect(Collectors.joining(", "));
	}

	/** Replaces the first {@code old} of the document's current text by {@code replacement}, as one keystroke. */
	private void type(String uri, int version, String old, String replacement) {
		String text = texts.get(uri);
		texts.put(uri, text.replaceFirst(java.util.regex.Pattern.quote(old), java.util.regex.Matcher.quoteReplacement(replacement)));
		Range range = new Range(at(text, old, 0), at(text, old, old.length()));
		server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, replacement))));
	}
}
