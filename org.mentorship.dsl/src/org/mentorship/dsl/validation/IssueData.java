package org.mentorship.dsl.validation;

import java.util.List;

/**
 * What an issue carries for its quick fix, one record per shape: the validator writes it with
 * {@code encode()}, its fix (org.mentorship.dsl.ide, quickfix/) reads it with {@code decode}. The
 * wire form is the one Xtext gives issue data, an array of strings by position, and stays as it
 * was (an editor sends it back with a code action request); the records only give the positions
 * names. An entry that was not written decodes as "" (never null).
 */
public final class IssueData {

	private IssueData() {
	}

	/** The entry at the index, or "" (a client may drop trailing or null entries). */
	static String at(List<String> data, int index) {
		return index < data.size() && data.get(index) != null ? data.get(index) : "";
	}

	/**
	 * One suggested date (YYYY-MM-DD), or "" when there is none. Used by a missing goal (its first
	 * milestone), a missing review, a goal without milestone, a review after the end (the end), a
	 * missing mid-course check-in and retrospective, and a meeting on a clock-change day.
	 */
	public record SuggestedDate(String date) {
		public String[] encode() {
			return new String[] { date };
		}

		public static SuggestedDate decode(List<String> data) {
			return new SuggestedDate(at(data, 0));
		}
	}

	/** The mentor's and the mentee's names ("" when not declared), who sign a new sign-off. */
	public record Signers(String mentor, String mentee) {
		public String[] encode() {
			return new String[] { mentor, mentee };
		}

		public static Signers decode(List<String> data) {
			return new Signers(at(data, 0), at(data, 1));
		}

		public List<String> names() {
			return List.of(mentor, mentee);
		}
	}

	/** The term's start and end as written, for the swap. */
	public record Term(String start, String end) {
		public String[] encode() {
			return new String[] { start, end };
		}

		public static Term decode(List<String> data) {
			return new Term(at(data, 0), at(data, 1));
		}
	}

	/** One party by name: the party the sign-off does not name. */
	public record PartyName(String name) {
		public String[] encode() {
			return new String[] { name };
		}

		public static PartyName decode(List<String> data) {
			return new PartyName(at(data, 0));
		}
	}

	/**
	 * A time budget exceeded: the mentor, hours needed and committed per month, a lower frequency that
	 * fits and a session length in minutes that fits ("" where none does).
	 */
	public record TimeBudget(String mentor, String needed, String committed, String lowerFrequency, String minutes) {
		public String[] encode() {
			return new String[] { mentor, needed, committed, lowerFrequency, minutes };
		}

		public static TimeBudget decode(List<String> data) {
			return new TimeBudget(at(data, 0), at(data, 1), at(data, 2), at(data, 3), at(data, 4));
		}
	}

	/** A jargon word as written in the text, and the plainer word. */
	public record Jargon(String word, String plain) {
		public String[] encode() {
			return new String[] { word, plain };
		}

		public static Jargon decode(List<String> data) {
			return new Jargon(at(data, 0), at(data, 1));
		}
	}

	/** A name declared nowhere, and the close names in scope, the closest first. */
	public record UnknownName(String name, List<String> close) {
		public String[] encode() {
			String[] data = new String[close.size() + 1];
			data[0] = name;
			for (int i = 0; i < close.size(); i++) {
				data[i + 1] = close.get(i);
			}
			return data;
		}

		public static UnknownName decode(List<String> data) {
			return new UnknownName(at(data, 0), data.size() > 1 ? List.copyOf(data.subList(1, data.size())) : List.of());
		}
	}

	/**
	 * A syntax error's one likely correction: the replacement and the text it replaces ("" for none). And, when the
	 * mistake is not where the parser stopped, where it is ({@code mistakeOffset}, {@code mistakeLength} in the text; the offset -1 when
	 * it is at the parser's word): "due" at the end of a line is unfinished, and the parser stops only at the first
	 * word of the next line.
	 */
	public record SyntaxCorrection(String replacement, String original, int mistakeOffset, int mistakeLength) {
		public SyntaxCorrection(String replacement, String original) {
			this(replacement, original, -1, 0);
		}

		public boolean placed() {
			return mistakeOffset >= 0;
		}

		public String[] encode() {
			return placed() ? new String[] { replacement, original, Integer.toString(mistakeOffset),
					Integer.toString(mistakeLength) }
					: new String[] { replacement, original };
		}

		public static SyntaxCorrection decode(List<String> data) {
			return new SyntaxCorrection(at(data, 0), at(data, 1), number(at(data, 2)), number(at(data, 3)));
		}

		private static int number(String text) {
			try {
				return text.isEmpty() ? -1 : Integer.parseInt(text);
			} catch (NumberFormatException e) { // data an editor sent back changed: the parser's word then
				return -1;
			}
		}
	}

	/** The known time zone closest to one that does not exist ("" when none is close). */
	public record ClosestZone(String zone) {
		public String[] encode() {
			return new String[] { zone };
		}

		public static ClosestZone decode(List<String> data) {
			return new ClosestZone(at(data, 0));
		}
	}
}
