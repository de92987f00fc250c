package org.mentorship.dsl.ui.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.mentorship.dsl.MentorStandaloneSetup;

/**
 * The words of the language for the first paint of an editor, never a list kept by hand: the parser's token file,
 * which the Xtext generator writes from the grammar (each keyword of a parser or enum rule as a quoted literal, e.g.
 * {@code 'agreement'=31}). It used to be read from the grammar model through two Xtext injectors, which cost about
 * a tenth of the UI thread's time in a start of Mentorship Studio (docs/benchmarks-history.md, "Issue 10"); the token file
 * is a few kilobytes of text. {@code MentorKeywordsTest} checks that both give the same words.
 */
public final class MentorKeywords {

	/** Written by the Xtext generator beside the parser (src-gen of org.mentorship.dsl). */
	static final String TOKENS = "/org/mentorship/dsl/parser/antlr/internal/InternalMentor.tokens";

	private static Set<String> words;

	private MentorKeywords() {
	}

	public static synchronized Set<String> all() {
		if (words == null) {
			words = read();
		}
		return words;
	}

	private static Set<String> read() {
		Set<String> found = new TreeSet<>();
		try (InputStream in = MentorStandaloneSetup.class.getResourceAsStream(TOKENS)) {
			if (in == null) {
				throw new IllegalStateException("the parser's token file is missing: " + TOKENS);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int end = line.lastIndexOf("'=");
				if (line.startsWith("'") && end > 1) {
					String keyword = line.substring(1, end);
					// words only: punctuation (',' ':' ...) is not coloured as a keyword
					if (keyword.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
						found.add(keyword);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(found);
	}
}
