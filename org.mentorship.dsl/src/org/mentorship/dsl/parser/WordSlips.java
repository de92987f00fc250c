package org.mentorship.dsl.parser;

import java.util.Optional;

import org.antlr.runtime.RecognitionException;

/**
 * The slips whose words alone say what was meant, wherever the parser stopped (the 12-hour clock, things said
 * aloud, other notations, a time range, numbers in words...): the first that matches gives the message and, where
 * one correction is certain, the suggestion. The slips themselves are in {@link Slips}, {@link SpokenSlips},
 * {@link NotationSlips} and {@link NumberWords}; this is their order.
 */
final class WordSlips {

	private WordSlips() {
	}

	static Optional<String> find(RecognitionException e, String found, SyntaxSuggestion suggestion) {
		Optional<String[]> clock = Slips.twelveHourClock(e, found);
		if (clock.isPresent()) { // "8:30am", wherever the parser stopped ("quiet hours 8pm to 8:30am")
			suggestion.set(clock.get()[0], clock.get()[1]);
			return Optional.of(FriendlySyntaxErrors.TWENTY_FOUR_HOURS);
		}
		Optional<NotationSlips.Found> notation = SpokenSlips.find(e, found).or(() -> NotationSlips.find(e, found));
		if (notation.isPresent()) {
			suggestion.set(notation.get().replacement(), notation.get().original());
			if (notation.get().from() != null) {
				suggestion.placeAt(notation.get().from(), notation.get().to());
			}
			return Optional.of(notation.get().message());
		}
		Optional<String[]> range = Slips.timeRange(e, found);
		if (range.isPresent()) {
			if (range.get()[0] != null) {
				suggestion.set(range.get()[0], range.get()[1]);
			}
			return Optional.of("A meeting is written as its start and its length, e.g. at 08:30 for 45 minutes.");
		}
		Optional<String[]> at = NotationSlips.timeWithoutAt(e, found);
		if (at.isPresent()) {
			suggestion.set(at.get()[0], at.get()[1]);
			return Optional.of("The word 'at' is missing before '" + at.get()[1] + "'.");
		}
		Optional<String[]> on = Slips.signedWithoutOn(e, found);
		if (on.isPresent()) {
			suggestion.set(on.get()[0], on.get()[1]);
			return Optional.of("The word 'on' is missing between 'signed' and the date.");
		}
		Optional<String[]> per = Slips.perInWords(e, found);
		if (per.isPresent()) {
			suggestion.set(per.get()[0], per.get()[1]);
			return Optional.of("Write 'per' here, e.g. 2 hours per week.");
		}
		Optional<String[]> one = NumberWords.numberInWords(e, found);
		if (one.isPresent()) {
			suggestion.set(one.get()[0], one.get()[1]);
			return Optional.of("Write the number in digits, e.g. " + one.get()[0] + " " + TokenNeighbours.nextWordsOnLine(e, e.token, 1)
					.get(0).getText() + ".");
		}
		Optional<String> joined = Slips.joinedWords(found);
		if (joined.isPresent()) {
			suggestion.set(joined.get(), found);
			return Optional.of(FriendlySyntaxErrors.didYouMean(found, joined.get()));
		}
		return Optional.empty();
	}
}
