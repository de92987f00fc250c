package org.mentorship.cli.check;

import java.nio.file.Path;

import org.eclipse.xtext.validation.Issue;

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

	/** An issue the language reported on the file; positions it lacks count as 1. */
	public static Finding of(Path file, Issue issue, boolean fixable) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		Level level = switch (issue.getSeverity()) {
		case ERROR -> Level.ERROR;
		case WARNING -> Level.WARNING;
		default -> Level.INFO;
		};
		return new Finding(file, line, column, endLine, endColumn, level, issue.getMessage(), issue.getCode(), fixable);
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	/** A problem with the file as a whole (unreadable, empty, binary, too large): reported at 1:1. */
	public static Finding ofFile(Path file, String message, String code) {
		return new Finding(file, 1, 1, 1, 1, Level.ERROR, message, code, false);
	}
}
