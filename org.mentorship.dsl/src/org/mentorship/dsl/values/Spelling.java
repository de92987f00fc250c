package org.mentorship.dsl.values;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How far apart two words are, to suggest what a user meant ("Did you mean 'mentee'?"). One suggester
 * for keywords, names (parties, goals, defaults), units and time zones.
 */
public final class Spelling {

	private Spelling() {
	}

	/**
	 * Edit distance counting two swapped neighbours as one typo ("sma" for "sam", "boudnaries"), as people type
	 * (optimal string alignment); inputs are single words or zone names, so the table stays small.
	 */
	public static int distance(String a, String b) {
		// three rows (the one before the previous for swaps), so a long word costs no big table
		int[] beforePrevious = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
				}
			}
			int[] recycled = beforePrevious;
			beforePrevious = previous;
			previous = current;
			current = recycled;
		}
		return previous[b.length()];
	}

	/**
	 * Whether a word is a likely misspelling of a candidate: the same letters in another case, or at
	 * most one typo away (candidates of up to four letters) or two (longer ones). A word is not close to
	 * itself.
	 */
	public static boolean isClose(String found, String candidate) {
		if (found.equals(candidate) || found.length() < 2) {
			return false;
		}
		int allowed = candidate.length() <= 4 ? 1 : 2;
		if (Math.abs(found.length() - candidate.length()) > allowed) {
			return false; // more letters apart than typos allowed: no need to compare them
		}
		return distance(found.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) <= allowed;
	}

	/** Every candidate close to the word, the closest first (ties in alphabetical order). */
	public static List<String> closeOnes(String found, Collection<String> candidates) {
		String lower = found.toLowerCase(Locale.ROOT);
		return candidates.stream().distinct().filter(c -> isClose(found, c))
				.sorted(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
						.thenComparing(Comparator.naturalOrder()))
				.toList();
	}

	/** The candidate the user most likely meant, if one is close. */
	public static Optional<String> closest(String found, Collection<String> candidates) {
		return closeOnes(found, candidates).stream().findFirst();
	}
}
