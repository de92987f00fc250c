package org.mentorship.dsl.ui.editor;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.mentorship.dsl.MentorStandaloneSetup;
import org.mentorship.dsl.services.MentorGrammarAccess;

/** The words of the language, read from its grammar (never a list kept by hand), for the first paint of an editor. */
public final class MentorKeywords {

	private static Set<String> words;

	private MentorKeywords() {
	}

	public static synchronized Set<String> all() {
		if (words == null) {
			MentorGrammarAccess grammar = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration()
					.getInstance(MentorGrammarAccess.class);
			Set<String> found = new TreeSet<>();
			for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
				if (keyword.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
					found.add(keyword);
				}
			}
			words = Set.copyOf(found);
		}
		return words;
	}
}
