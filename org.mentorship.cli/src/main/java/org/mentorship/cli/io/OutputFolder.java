package org.mentorship.cli.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one folder generated files go to. Only plain file names are accepted, so nothing is ever
 * written outside it; each file is written atomically, so a reader never sees half of one.
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
		Path target = folder.resolve(name).normalize();
		if (name.isEmpty() || !folder.equals(target.getParent())) {
			throw new IOException("\"" + name + "\" would be written outside the output folder " + folder
					+ ": refused");
		}
		return target;
	}

	public Path write(String name, byte[] content) throws IOException {
		Path target = resolve(name);
		Files.createDirectories(folder);
		AtomicFiles.write(target, content);
		return target;
	}
}
