package org.mentorship.cli.check;

import java.io.IOException;
import java.nio.file.Path;

import org.mentorship.cli.check.AgreementChecker.Source;

/** The files of a run as the checker takes them: each file's text, or the finding that says why it has none. */
public final class Sources {

	private Sources() {
	}

	/** The file's text, or why it cannot be checked. */
	public static Source read(Path file) {
		AgreementText read;
		try {
			read = AgreementText.read(file);
		} catch (IOException e) {
			return unusable(file, "cannot read this file: " + e.getMessage(), FileProblems.UNREADABLE);
		}
		if (read.text() == null) {
			return unusable(file, read.problem(), read.code());
		}
		if (read.text().isBlank()) {
			return unusable(file, "this file is empty: an agreement starts with agreement <id> \"<title>\"",
					FileProblems.EMPTY);
		}
		return Source.of(file, read.text());
	}

	/** A file that cannot be checked, with the finding that says why. */
	static Source unusable(Path file, String message, String code) {
		return new Source(file, null, Finding.ofFile(file, message, code));
	}
}
