package org.mentorship.cli.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mentorship.dsl.generator.OutputFiles;

/**
 * The one folder generated files go to. The writing itself is the language's {@link OutputFiles}, the
 * same as the language server's: only plain names, never through a symbolic link, never over a
 * read-only file, the files of one agreement all or none.
 */
public final class OutputFolder {

	private final Path folder;

	public OutputFolder(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	public Path path() {
		return folder;
	}

	/** Where a file of this name goes, or an exception if the name would leave the folder. */
	public Path resolve(String name) throws IOException {
		return OutputFiles.resolve(folder, name);
	}

	public Path write(String name, byte[] content) throws IOException {
		return writeAll(Map.of(name, content)).get(0);
	}

	/** The files of one agreement: all written, or none (and an exception that says why). */
	public List<Path> writeAll(Map<String, byte[]> files) throws IOException {
		return OutputFiles.writeAll(folder, files);
	}
}
