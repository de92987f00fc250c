package org.mentorship.cli.check;

/** Issue codes for problems with a file as a whole, found before the parser sees it. */
public final class FileProblems {

	public static final String UNREADABLE = "mentor.file.unreadable";
	public static final String EMPTY = "mentor.file.empty";
	public static final String BINARY = "mentor.file.binary";
	public static final String NOT_UTF8 = "mentor.file.encoding";
	public static final String TOO_LARGE = "mentor.file.too-large";
	/** A bug of ours kept the file from being checked (see InternalErrors). */
	public static final String INTERNAL = org.mentorship.dsl.validation.IssueCodes.INTERNAL;

	/**
	 * An agreement is a few kilobytes; 10,000 lines are about 400 KB. Anything over 4 MiB is almost
	 * certainly the wrong file, and parsing it would take seconds and a lot of memory.
	 */
	public static final long MAX_BYTES = 4L * 1024 * 1024;

	private FileProblems() {
	}
}
