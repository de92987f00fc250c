package org.mentorship.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the test inputs of the command tests. */
final class TestFiles {

	private TestFiles() {
	}

	/** Writes the text (UTF-8) to dir/name, creating folders as needed. */
	static Path write(Path dir, String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
