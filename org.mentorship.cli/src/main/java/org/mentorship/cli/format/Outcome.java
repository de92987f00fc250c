package org.mentorship.cli.format;

import java.nio.file.Path;

/** What formatting one file came to. */
public sealed interface Outcome {

	Path file();

	/** The file is in the house style already. */
	record Unchanged(Path file) implements Outcome {
	}

	/** The file's formatted text differs from what is on disk. */
	record Changed(Path file, String formatted) implements Outcome {
	}

	/**
	 * The file cannot be formatted as it is: syntax errors, binary, not UTF-8, too large, or a bug of ours.
	 * Line and column (from 1) say where.
	 */
	record NotFormattable(Path file, int line, int column, String reason) implements Outcome {
	}

	/** The file could not be read. */
	record Unreadable(Path file, String reason) implements Outcome {
	}
}
