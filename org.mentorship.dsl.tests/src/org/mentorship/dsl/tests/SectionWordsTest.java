package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.parser.SectionWords;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;

/** The words that start a section are read from the grammar: these, which recovery and suggestions rely on. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SectionWordsTest {

	@Inject
	private MentorGrammarAccess grammar;

	@Test
	void theFirstWordOfEverySectionAndProgrammeLine() {
		assertEquals(new TreeSet<>(Set.of("purpose", "mentor", "mentee", "co-mentor", "sponsor", "stakeholder", "contact",
				"roles", "goal", "modes", "cadence", "boundaries", "check-in", "retrospective", "ethics", "resources", "risk",
				"escalation", "decided", "changed", "career", "kickoff", "sign-off", "review", "confidential", "severity")),
				new TreeSet<>(SectionWords.of(grammar)));
	}
}
