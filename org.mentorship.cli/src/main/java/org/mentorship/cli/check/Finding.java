package org.mentorship.cli.check;

import java.nio.file.Path;

/**
 * One diagnostic of one file, as every report format prints it. Lines and columns count from 1;
 * the end is exclusive (the column after the last character). {@code fixable}: a quick fix exists
 * ({@code mentor fix} applies it).
 */
public record Finding(Path file, int line, int column, int endLine, int endColumn, Level level, String message,
		String code, boolean fixable) {

	public enum Level {
		ERROR, WARNING, INFO;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** How many findings of the given level there are in all files. */
	public static long count(java.util.Map<Path, java.util.List<Finding>> findings, Level level) {
		return findings.values().stream().flatMap(java.util.List::stream).filter(f -> f.level() == level).count();
	}

	/** A problem with the file as a whole (unreadable, empty, binary, too large): reported at 1:1. */
	public static Finding ofFile(Path file, String message, String code) {
		return new Finding(file, 1, 1, 1, 1, Level.ERROR, message, code, false);
	}
}
