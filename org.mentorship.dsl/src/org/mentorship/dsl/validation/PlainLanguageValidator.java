package org.mentorship.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.model.PrintedLength;
import org.mentorship.dsl.model.SectionLines;

import com.google.inject.Inject;

/**
 * Plain language keeps expectations clear: jargon gets a plainer word, very long sentences get
 * flagged, and an agreement that would print on more than two pages is too long to live by.
 */
public class PlainLanguageValidator extends ComposedValidator {

	/** Jargon and the plainer words to use instead. */
	static final Map<String, String> JARGON = new LinkedHashMap<>();
	static {
		JARGON.put("circle back", "come back to");
		JARGON.put("touch base", "talk");
		JARGON.put("deep dive", "close look");
		JARGON.put("low-hanging fruit", "easy wins");
		JARGON.put("going forward", "from now on");
		JARGON.put("reach out", "contact");
		JARGON.put("synergy", "working together");
		JARGON.put("synergies", "shared benefits");
		JARGON.put("leverage", "use");
		JARGON.put("bandwidth", "time");
		JARGON.put("utilize", "use");
		JARGON.put("actionable", "practical");
		JARGON.put("incentivize", "encourage");
		JARGON.put("learnings", "lessons");
		JARGON.put("ideate", "come up with ideas");
		JARGON.put("paradigm", "model");
	}

	private static final Pattern JARGON_PATTERN = Pattern.compile(
			"(?i)\\b(" + String.join("|", JARGON.keySet().stream().map(Pattern::quote).toList()) + ")\\b");

	/** The jargon as an array: searched for in every text, where a stream per text cost more than the search. */
	private static final String[] JARGON_WORDS = JARGON.keySet().toArray(String[]::new);

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)|[.!?][\"”]");
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	static final int MAX_WORDS_PER_SENTENCE = 30;
	static final double MAX_PAGES = 2;

	@Inject
	private WrittenValues written;

	@Inject
	private IResourceScopeCache cache;

	/** Every text of the file: after a pause in typing, not per keystroke (PausedChecks in the language server). */
	@Check(CheckType.NORMAL)
	public void texts(MentorFile file) {
		if (allIgnored(IssueCodes.JARGON, IssueCodes.LONG_SENTENCE)) {
			return;
		}
		for (WrittenValues.QuotedText text : written.textsIn(file)) {
			jargon(text.node(), text.text());
			longSentences(text.node(), text.text());
		}
	}

	private void jargon(INode node, String text) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		// most texts hold no jargon: plain searches rule that out faster than the pattern would
		if (!containsAny(lower, JARGON_WORDS)) {
			return;
		}
		EObject object = node.getSemanticElement();
		Matcher m = JARGON_PATTERN.matcher(text);
		while (m.find()) {
			String word = m.group(1);
			String plain = JARGON.get(word.toLowerCase(java.util.Locale.ROOT));
			getMessageAcceptor().acceptInfo("\"" + word + "\" is jargon: say \"" + plain + "\" instead.", object,
					node.getOffset() + m.start(1), word.length(), IssueCodes.JARGON, new IssueData.Jargon(word, plain).encode());
		}
	}

	static boolean containsAny(String text, String[] words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private void longSentences(INode node, String text) {
		if (words(text) <= MAX_WORDS_PER_SENTENCE) {
			return; // no sentence has more words than its text: most texts are ruled out without a regex
		}
		for (String sentence : SENTENCE_END.split(text.substring(1))) {
			int words = sentence.isBlank() ? 0 : WHITESPACE.split(sentence.trim()).length;
			if (words > MAX_WORDS_PER_SENTENCE) {
				getMessageAcceptor().acceptInfo("A sentence here has " + words + " words: split it so it reads at a"
						+ " glance (at most " + MAX_WORDS_PER_SENTENCE + ").", node.getSemanticElement(), node.getOffset(), node.getLength(),
						IssueCodes.LONG_SENTENCE, Integer.toString(words));
				return;
			}
		}
	}

	/** How many runs of characters other than whitespace (as regular expressions' \s) the text has. */
	static int words(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean whitespace = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
			if (!whitespace && !inWord) {
				words++;
			}
			inWord = !whitespace;
		}
		return words;
	}

	/** The whole agreement's length: after a pause in typing, as {@link #texts}. */
	@Check(CheckType.NORMAL)
	public void printedLength(Agreement a) {
		if (allIgnored(IssueCodes.TOO_LONG)) {
			return;
		}
		// counted by the linker's walk when the file was loaded (SectionLines), else by a walk now
		double pages = a.eResource() == null ? PrintedLength.pages(a)
				: PrintedLength.pages(a, cache.get(SectionLines.CACHE_KEY, a.eResource(), () -> SectionLines.of(a)));
		if (pages > MAX_PAGES) {
			warning(String.format(java.util.Locale.ROOT, "Agreement '%s' would print on about %.1f pages: keep it to two"
					+ " by shortening texts or moving detail to the notes.", a.getName(), pages), a,
					MentorPackage.Literals.DOCUMENT__NAME, IssueCodes.TOO_LONG,
					String.format(java.util.Locale.ROOT, "%.1f", pages));
		}
	}
}
