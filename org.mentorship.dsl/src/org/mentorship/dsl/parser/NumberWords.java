package org.mentorship.dsl.parser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;

/** Numbers written in words where the language wants digits ("at least three", "for two hours", "for an hour"). */
final class NumberWords {

	private NumberWords() {
	}

	/** Numbers as people write them in words, and their digits. */
	private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
			Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
			Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
			Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
			Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("fifteen", "15"),
			Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("sixty", "60"),
			Map.entry("ninety", "90"));

	/** The digits of a number written in words ("three": 3), if it is one. */
	static Optional<String> digitsOf(String word) {
		return Optional.ofNullable(NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT)));
	}

	/** "for an hour", "for two hours": the number in digits. Returns the replacement and the text it replaces. */
	static Optional<String[]> numberInWords(RecognitionException e, String found) {
		List<Token> next = TokenNeighbours.nextWordsOnLine(e, e.token, 1);
		Optional<String> digits = Set.of("a", "an").contains(found.toLowerCase(Locale.ROOT)) ? Optional.of("1") : digitsOf(found);
		if (digits.isEmpty() || next.isEmpty() || !next.get(0).getText().matches("(minute|hour|day|week|month)s?")) {
			return Optional.empty();
		}
		return Optional.of(new String[] { digits.get(), found });
	}
}
