package org.mentorship.dsl.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When the jargon quick fix may rewrite a phrase, and into what (docs/rules.md, "Plain language").
 * A plainer word is only put in where it has the same part of speech as the phrase and the words
 * around it still read: each phrase states the contexts (the word before, the word after) in which its
 * rewrite is valid. Elsewhere there is no rewrite: the finding stays, without a fix, and the writer
 * rephrases the sentence.
 *
 * A context is read from the text around the phrase: the word before it ("" at the start of the text
 * or after punctuation) and the word after it ("" at the end of the text or before punctuation).
 */
public final class JargonRewrites {

	private JargonRewrites() {
	}

	/** Replace {@code length} characters from the phrase's start with {@code text}. */
	public record Rewrite(int length, String text) {
	}

	/** Prepositions and linking words after which an intransitive verb phrase may end. */
	private static final Set<String> AFTER_INTRANSITIVE = Set.of("", "with", "on", "about", "again", "later", "soon",
			"weekly", "monthly", "every", "once", "before", "after", "and", "or", "but", "together", "for", "around");
	/** Words before a noun that make it a noun phrase ("a deep dive", "our paradigm"). */
	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "another", "this", "that", "our",
			"your", "their", "my", "his", "her", "its", "each", "every");
	private static final Set<String> SINGULAR = Set.of("a", "an", "one", "this", "that", "each", "every", "another");
	private static final Set<String> SINGULAR_VERBS = Set.of("is", "was", "has", "does");
	/** Words after which "leverage" is a noun ("more leverage", "we have leverage"). */
	private static final Set<String> BEFORE_NOUN = Set.of("a", "an", "the", "this", "that", "our", "your", "their",
			"his", "her", "its", "my", "more", "much", "some", "any", "no", "of", "enough", "little", "less", "have",
			"has", "had", "give", "gives", "gain", "gains", "lose", "financial");
	/** Words after which "going forward" is a verb ("keep going forward"). */
	private static final Set<String> BEFORE_GOING = Set.of("keep", "keeps", "kept", "is", "are", "was", "were", "be",
			"been", "am", "and", "or", "continue", "continues", "start", "starts", "stop", "stops", "not", "of");
	private static final Set<String> PREPOSITIONS = Set.of("by", "through", "for", "of", "about", "on", "in", "with",
			"via", "from");

	/**
	 * The rewrite of the jargon phrase at {@code start} of {@code text} (the phrase as the validator
	 * matched it, e.g. "Leverage"), or none where the plainer word would not read correctly.
	 */
	public static Optional<Rewrite> of(String text, int start, String phrase) {
		int end = start + phrase.length();
		if (start < 0 || end > text.length() || !text.regionMatches(true, start, phrase, 0, phrase.length())) {
			return Optional.empty();
		}
		String before = wordBefore(text, start);
		String after = wordAfter(text, end);
		String written = text.substring(start, end);
		Optional<Rewrite> rewrite = switch (phrase.toLowerCase(Locale.ROOT)) {
		// intransitive verb phrases: only before the end of a clause or a preposition
		case "circle back" -> Set.of("", "to", "later", "soon").contains(after)
				? same(written, "come back")
				: Optional.empty();
		case "touch base" -> AFTER_INTRANSITIVE.contains(after) ? same(written, "talk") : Optional.empty();
		case "ideate" -> AFTER_INTRANSITIVE.contains(after) ? same(written, "come up with ideas") : Optional.empty();
		// "reach out to someone" becomes "contact someone": the "to" goes too
		case "reach out" -> "to".equals(after) && !wordAfter(text, afterWordEnd(text, end)).isEmpty()
				? same(text.substring(start, afterWordEnd(text, end)), "contact")
				: Optional.empty();
		// transitive verbs for transitive verbs
		case "utilize" -> same(written, "use");
		case "incentivize" -> same(written, "encourage");
		case "leverage" -> !BEFORE_NOUN.contains(before) && !after.isEmpty() ? same(written, "use") : Optional.empty();
		// nouns for nouns, in a noun phrase
		case "deep dive" -> DETERMINERS.contains(before) ? same(written, "close look") : Optional.empty();
		case "low-hanging fruit" -> !SINGULAR.contains(before) && !SINGULAR_VERBS.contains(after)
				? same(written, "easy wins")
				: Optional.empty();
		case "synergy" -> before.isEmpty() || PREPOSITIONS.contains(before) ? same(written, "working together")
				: Optional.empty();
		case "synergies" -> same(written, "shared benefits");
		case "bandwidth" -> SINGULAR.contains(before) ? Optional.empty() : same(written, "time"); // "a time" is not "time"
		case "learnings" -> same(written, "lessons");
		case "paradigm" -> same(written, "model");
		// an adjective for an adjective
		case "actionable" -> same(written, "practical");
		// an adverbial at the end of a clause, or opening one before a comma
		case "going forward" -> after.isEmpty() && !BEFORE_GOING.contains(before) ? same(written, "from now on")
				: Optional.empty();
		default -> Optional.empty();
		};
		// "a"/"an" before the phrase must still agree with the plainer word
		return rewrite.filter(r -> !before.equals("a") && !before.equals("an") || before.equals(article(r.text())));
	}

	private static Optional<Rewrite> same(String written, String plain) {
		String text = Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(plain.charAt(0)) + plain.substring(1)
				: plain;
		return Optional.of(new Rewrite(written.length(), text));
	}

	private static String article(String word) {
		return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
	}

	/** The word before the offset, lower case; "" at the start of the text or after punctuation. */
	static String wordBefore(String text, int offset) {
		int end = offset;
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int begin = end;
		while (begin > 0 && isWordChar(text.charAt(begin - 1))) {
			begin--;
		}
		return text.substring(begin, end).toLowerCase(Locale.ROOT);
	}

	/** The word after the offset, lower case; "" at the end of the text or before punctuation. */
	static String wordAfter(String text, int offset) {
		int begin = offset;
		while (begin < text.length() && text.charAt(begin) == ' ') {
			begin++;
		}
		int end = begin;
		while (end < text.length() && isWordChar(text.charAt(end))) {
			end++;
		}
		return text.substring(begin, end).toLowerCase(Locale.ROOT);
	}

	private static int afterWordEnd(String text, int offset) {
		int i = offset;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		while (i < text.length() && isWordChar(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
	}
}
