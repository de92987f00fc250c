package org.mentorship.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.parser.SectionWords;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;

/**
 * The keyword lists of the VS Code extension's TextMate grammar
 * (org.mentorship.vscode/syntaxes/mentor.tmLanguage.json) are generated from Mentor.xtext: this test
 * computes them from the grammar and fails when the file differs. Run it with
 * {@code -Dmentor.updateVsCode=true} to write the lists into the file instead (then commit it).
 *
 * <p>Groups: the words that start a section ({@link SectionWords}, and 'agreement' and 'programme'), the words of each enumeration (days, frequencies,
 * ordinals, kinds, severity levels, units), and every other word (clauses). A word belongs to the
 * first group that has it, in that order.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class TextMateKeywordsTest {

	private static final Path FILE = Path.of(System.getProperty("mentor.vscode", "../org.mentorship.vscode"), "syntaxes",
			"mentor.tmLanguage.json");
	/** A word the TextMate grammar can match on its own; punctuation is coloured elsewhere. */
	private static final Pattern ALPHABETIC = Pattern.compile("[A-Za-z]([A-Za-z-]*[A-Za-z])?");
	/** Each enumeration's scope; an enumeration not listed here goes with the clauses. */
	private static final Map<String, String> ENUM_SCOPES = Map.of("PartyRole", "keyword.control.section.mentor",
			"Weekday", "support.constant.weekday.mentor", "Frequency", "support.constant.frequency.mentor", "Ordinal",
			"support.constant.ordinal.mentor", "EvidenceKind", "support.constant.kind.mentor", "AmbitionKind",
			"support.constant.kind.mentor", "SeverityLevel", "support.constant.severity.mentor", "TimeUnit",
			"keyword.other.unit.mentor");
	private static final String SECTION = "keyword.control.section.mentor";
	private static final String CLAUSE = "keyword.other.clause.mentor";
	/** The scopes in the order the file lists them (and a word is looked up in). */
	private static final List<String> SCOPES = List.of(SECTION, CLAUSE, "support.constant.weekday.mentor",
			"support.constant.frequency.mentor", "support.constant.ordinal.mentor", "support.constant.kind.mentor",
			"support.constant.severity.mentor", "keyword.other.unit.mentor");

	@Inject
	private MentorGrammarAccess grammar;

	@Test
	void theTextMateKeywordListsAreTheGrammars() throws IOException {
		String text = Files.readString(FILE, StandardCharsets.UTF_8);
		String generated = withLists(text, lists());
		if (Boolean.getBoolean("mentor.updateVsCode")) {
			Files.writeString(FILE, generated, StandardCharsets.UTF_8);
		}
		assertEquals(generated, text, FILE + " is out of step with Mentor.xtext: run this test with"
				+ " -Dmentor.updateVsCode=true and commit the file");
	}

	@Test
	void sectionWordsComeFromTheGrammar() {
		Map<String, Set<String>> lists = lists();
		assertTrue(lists.get(SECTION).containsAll(List.of("agreement", "programme", "cadence", "check-in", "decided",
				"mentor", "co-mentor", "severity", "sign-off")), lists.get(SECTION).toString());
		assertTrue(lists.get(CLAUSE).containsAll(List.of("milestone", "reply", "within", "like")));
		assertEquals(7, lists.get("support.constant.weekday.mentor").size());
	}

	/** Scope to words, each word in one scope, computed from the grammar. */
	Map<String, Set<String>> lists() {
		Map<String, Set<String>> lists = new LinkedHashMap<>();
		SCOPES.forEach(scope -> lists.put(scope, new TreeSet<>()));
		lists.get(SECTION).add(grammar.getAgreementAccess().getAgreementKeyword_0().getValue());
		lists.get(SECTION).add(grammar.getProgrammeAccess().getProgrammeKeyword_0().getValue());
		lists.get(SECTION).addAll(SectionWords.of(grammar));
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (rule instanceof EnumRule) {
				String scope = ENUM_SCOPES.getOrDefault(rule.getName(), CLAUSE);
				EcoreUtil2.eAllOfType(rule, Keyword.class).forEach(k -> lists.get(scope).add(k.getValue()));
			}
		}
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			// the recovery rules list every word on purpose: they say nothing of where a word belongs
			if (rule instanceof ParserRule && !rule.getName().startsWith("Unreadable")) {
				EcoreUtil2.eAllOfType(rule, Keyword.class).forEach(k -> lists.get(CLAUSE).add(k.getValue()));
			}
		}
		Set<String> placed = new TreeSet<>();
		for (String scope : List.of(SECTION, "support.constant.weekday.mentor", "support.constant.frequency.mentor",
				"support.constant.ordinal.mentor", "support.constant.kind.mentor", "support.constant.severity.mentor",
				"keyword.other.unit.mentor", CLAUSE)) {
			lists.get(scope).removeIf(word -> !ALPHABETIC.matcher(word).matches() || !placed.add(word));
		}
		return lists;
	}

	/** The file with each keyword pattern's "match" set to its list: longest words first, so none hides another. */
	private static String withLists(String text, Map<String, Set<String>> lists) {
		String result = text;
		for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
			String words = String.join("|", list.getValue().stream()
					.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList());
			Pattern pattern = Pattern.compile("(\"name\": \"" + Pattern.quote(list.getKey())
					+ "\",\\s*\"match\": \"\\(\\?<!\\[\\\\\\\\w\\^-\\]\\)\\(\\?:)[^)]*(\\)\\(\\?!\\[\\\\\\\\w-\\]\\)\")");
			Matcher m = pattern.matcher(result);
			assertTrue(m.find(), "no keyword pattern named " + list.getKey() + " in " + FILE);
			result = result.substring(0, m.start()) + m.group(1) + words + m.group(2) + result.substring(m.end());
		}
		return result;
	}
}
