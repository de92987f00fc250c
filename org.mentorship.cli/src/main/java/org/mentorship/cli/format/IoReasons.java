package org.mentorship.cli.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why an input/output operation failed, in words, without repeating the file name the caller prints. */
public final class IoReasons {

	private IoReasons() {
	}

	public static String of(IOException e) {
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof FileSystemException) {
			return e.getClass().getSimpleName();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
