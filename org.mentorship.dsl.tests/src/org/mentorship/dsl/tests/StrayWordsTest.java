package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Resources;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.parser.SectionWords;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * A word of the language that cannot start a section ("and", "for", "minutes", "skip", "milestone", ...), stray where
 * a section could start, gets one message and the rest of the file is still read (parser.RecoveringParser reads the
 * file again with the word taken as unreadable). Before, the parser gave up at the first of them: every later section
 * was lost (its mistakes unreported, the Outline cut short, "say how much time ada can give" for a resources section
 * that was there). Every such word of the grammar is tried, at the end of a complete agreement's kickoff line and on
 * a line of its own.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class StrayWordsTest {

	private static final String KICKOFF = "kickoff on 2027-01-11 at 10:00 for 90 minutes";

	@Inject
	private AgreementFixture fixture;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private MentorGrammarAccess grammar;

	private static String complete() throws IOException {
		return Files.readString(Path.of(System.getProperty("mentor.examples", "../examples"), "complete.mentor"));
	}

	/** Every word of the language but those that start a section: these end the stray words. */
	private List<String> strayWords() {
		Set<String> sections = SectionWords.of(grammar);
		List<String> words = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(w -> Character.isLetter(w.charAt(0)) && !sections.contains(w)).sorted().toList();
		assertTrue(words.containsAll(List.of("and", "for", "at", "minutes", "on", "to", "skip", "milestone")), words.toString());
		return words;
	}

	@Test
	void aStrayWordAtTheEndOfALineGetsOneMessageAndTheRestIsRead() throws IOException {
		String complete = complete();
		assertTrue(complete.contains(KICKOFF + " \""), "the example's kickoff line changed");
		List<String> wrong = new ArrayList<>();
		for (String word : strayWords()) {
			check(word, complete.replace(KICKOFF + " \"", KICKOFF + " " + word + " \""), wrong);
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void aStrayWordOnALineOfItsOwnGetsOneMessageAndTheRestIsRead() throws IOException {
		String complete = complete();
		List<String> wrong = new ArrayList<>();
		for (String word : strayWords()) {
			check(word, complete.replace("\ncheck-in ", "\n" + word + "\ncheck-in "), wrong);
		}
		assertEquals(List.of(), wrong);
	}

	private void check(String word, String text, List<String> wrong) {
		MentorFile file = fixture.parse(text);
		List<Issue> issues = validation.validate(file);
		Agreement agreement = (Agreement) file.getDocument();
		boolean restRead = agreement.getSections().stream().anyMatch(Resources.class::isInstance)
				&& agreement.getSections().stream().anyMatch(SignOff.class::isInstance)
				&& agreement.getSections().stream().anyMatch(Review.class::isInstance);
		if (issues.size() != 1 || !IssueCodes.SYNTAX.equals(issues.get(0).getCode()) || !restRead) {
			wrong.add("'" + word + "': " + (restRead ? "" : "later sections lost; ")
					+ issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).collect(Collectors.joining(" | ")));
		}
	}

	@Test
	void aMistakeAfterAWordThatContinuesAClauseIsStillReportedWhereItIs() {
		// the word after a kickoff's date is the kickoff's: the mistake is the time, not "at"
		String text = """
				agreement x "X"
				mentor ada "Ada"
				mentee grace "Grace"
				kickoff on 2027-01-11 at 10am for 90 minutes
				""";
		List<Issue> errors = validation.validate(fixture.parse(text)).stream()
				.filter(i -> IssueCodes.SYNTAX.equals(i.getCode())).toList();
		assertFalse(errors.isEmpty());
		assertEquals("4:28 Write times on the 24-hour clock with a colon, e.g. 10:00 or 14:30.",
				errors.get(0).getLineNumber() + ":" + errors.get(0).getColumn() + " " + errors.get(0).getMessage());
	}
}
