package org.mentorship.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every agreement of the repository's corpora, for the tests that compare a shortcut with Xtext's own way on all of
 * them: the examples, the mistakes, the held-out agreements, the clock changes and the fuzzers' regressions.
 */
public final class Corpora {

	private Corpora() {
	}

	/** The .mentor files of every corpus, in a stable order. */
	public static List<Path> agreements() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(Path.of(System.getProperty("mentor.examples", "../examples")), Path.of("mistakes"),
				Path.of("heldout"), Path.of("clock-changes"), Path.of("fuzz/regressions"))) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(p -> p.toString().endsWith(".mentor")).sorted().forEach(files::add);
			}
		}
		return files;
	}
}
