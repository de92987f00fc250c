package org.mentorship.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a skeleton writes the values the user replaces: as they are (a new file, a quick fix) or as the numbered
 * tab stops of an LSP or VS Code snippet. One skeleton text then serves both, so they cannot drift apart.
 */
public interface Slots {

	/** The values as they are. */
	Slots PLAIN = new Slots() {
		@Override
		public String value(String name, String value) {
			return value;
		}

		@Override
		public String choice(String name, String value, String... options) {
			return value;
		}
	};

	/** A value the user may replace; {@code name} tells its places apart (a value met again is the same slot). */
	String value(String name, String value);

	/** A value chosen from a few options ({@code value}, one of them, as the default). */
	String choice(String name, String value, String... options);

	/**
	 * Tab stops numbered in the order the skeleton first meets them; a name met again gets the same number,
	 * so the editor changes every place at once (the mentee's id in the goal's evidence and in the sign-off).
	 */
	static Slots tabStops() {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		return new Slots() {
			@Override
			public String value(String name, String value) {
				return "${" + number(name) + ":" + escaped(value) + "}";
			}

			@Override
			public String choice(String name, String value, String... options) {
				StringBuilder choices = new StringBuilder(escapedChoice(value));
				for (String option : options) {
					if (!option.equals(value)) {
						choices.append(',').append(escapedChoice(option));
					}
				}
				return "${" + number(name) + "|" + choices + "|}";
			}

			private int number(String name) {
				return numbers.computeIfAbsent(name, n -> numbers.size() + 1);
			}
		};
	}

	/** A snippet's placeholder text: "$", "}" and "\" would otherwise start or end syntax. */
	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
	}

	private static String escapedChoice(String text) {
		return text.replace("\\", "\\\\").replace("$", "\\$").replace("|", "\\|").replace(",", "\\,");
	}
}
