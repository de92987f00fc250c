package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.MentorStandaloneSetup;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.ui.editor.MentorKeywords;

/** The first paint's keywords, read from the parser's token file, are exactly the grammar's words. */
class MentorKeywordsTest {

	@Test
	void theTokenFileGivesTheGrammarsWords() {
		// the grammar model as the editor read it before: no registration for *.mentor (that is the server's)
		TerminalsStandaloneSetup.doSetup();
		MentorGrammarAccess grammar = new MentorStandaloneSetup().createInjector().getInstance(MentorGrammarAccess.class);
		Set<String> expected = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (keyword.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
				expected.add(keyword);
			}
		}
		assertTrue(expected.containsAll(Set.of("agreement", "mentor", "check-in", "Friday")), expected.toString());
		assertEquals(expected, new TreeSet<>(MentorKeywords.all()));
	}
}
