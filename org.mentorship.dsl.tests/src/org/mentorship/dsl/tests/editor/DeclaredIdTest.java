package org.mentorship.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.ide.server.DeclaredId;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The id a file declares, read from its first words (server.DeclaredId): where it gives one, it is the first segment
 * of the id the parser makes of the file; where the start is anything but plain, it gives none.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class DeclaredIdTest {

	@Inject
	private MentorGrammarAccess grammar;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private Set<String> keywords;

	@BeforeEach
	void keywords() {
		keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
	}

	@Test
	void readsTheIdAsTheParserDoes() throws Exception {
		List<String> plain = List.of(
				"agreement ada-grace-2027 \"Growing\"\n  from 2027-01-11 to 2027-07-09\n",
				"/* a comment\n * agreement not-this \"No\" */\n// agreement nor-this\nprogramme Women-In.tech \"T\"\n",
				"agreement ^goal \"Escaped\"",
				"agreement/* between */_under_score9 \"T\"",
				"\r\n\t agreement\n\nx \"T\" goal broken here",
				"programme p.q.r", // no title: a syntax error, but the name is read
				"agreement caf\u00e9 \"T\""); // the ID ends before the é, as the lexer's does
		for (String text : plain) {
			String id = DeclaredId.firstSegment(text, true, keywords);
			assertEquals(parsedFirstSegment(text), id, text);
		}
	}

	@Test
	void givesNoIdWhereTheStartIsNotPlain() {
		for (String text : List.of("", "   // only a comment", "Agreement x \"T\"", "agrement x \"T\"", "agreementx y \"T\"",
				"\uFEFFagreement x \"T\"", "/* unclosed agreement x \"T\"", "agreement \"No id\"", "agreement goal \"Keyword\"",
				"agreement 2027-pair \"Digits first\"", "goal g \"Not a document\"", "agreement ^ x")) {
			assertNull(DeclaredId.firstSegment(text, true, keywords), text);
		}
	}

	@Test
	void anIdThatReachesTheEndOfAFilesFirstPartMayGoOn() {
		assertNull(DeclaredId.firstSegment("agreement ada-gr", false, keywords));
		assertEquals("ada-gr", DeclaredId.firstSegment("agreement ada-gr", true, keywords));
		assertEquals("ada", DeclaredId.firstSegment("agreement ada.gr", false, keywords));
		assertNull(DeclaredId.firstSegment("/* long comment", false, keywords));
	}

	private String parsedFirstSegment(String text) throws Exception {
		XtextResource resource = TextResources.load(resourceSets.get(), URI.createFileURI("/ids/a.mentor"), text);
		MentorFile file = (MentorFile) resource.getContents().get(0);
		String name = file.getDocument().getName();
		return name.split("\\.")[0].toLowerCase(Locale.ROOT);
	}
}
