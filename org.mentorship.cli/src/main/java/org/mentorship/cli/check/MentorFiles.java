package org.mentorship.cli.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user typed into the .mentor files to check. */
public final class MentorFiles {

	public static final String EXTENSION = ".mentor";

	private MentorFiles() {
	}

	/**
	 * Files are taken as given; folders are searched recursively (hidden folders such as .git are
	 * skipped). The result is sorted as Paths sort and free of duplicates, so output is stable across runs; it is kept
	 * in few bytes per file from the start ({@link FileList}), as a run may have 100,000 files.
	 */
	public static List<Path> collect(List<Path> paths) throws InputProblem {
		FileList.Builder files = new FileList.Builder();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				int before = files.count();
				search(path, files);
				if (files.count() == before) {
					throw new InputProblem("no " + EXTENSION + " files in folder " + path);
				}
			} else if (Files.exists(path)) {
				if (!path.getFileName().toString().endsWith(EXTENSION)) {
					throw new InputProblem(path + " is not a " + EXTENSION + " file");
				}
				files.add(path.normalize());
			} else {
				throw new InputProblem("no such file or folder: " + path);
			}
		}
		return files.sortedUnique();
	}

	/**
	 * Adds the folder's files one by one: a list of a Path per file lived until the first batches ran, and a large
	 * run's first collections moved it to the old generation, where it stayed (docs/benchmarks-history.md).
	 */
	private static void search(Path folder, FileList.Builder files) throws InputProblem {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(p -> !isHidden(folder, p)).filter(p -> p.getFileName().toString().endsWith(EXTENSION))
					.filter(Files::isRegularFile).map(Path::normalize).forEach(files::add);
		} catch (IOException | UncheckedIOException e) {
			throw new InputProblem("cannot read folder " + folder + ": " + e.getMessage());
		}
	}

	private static boolean isHidden(Path root, Path path) {
		for (Path part : root.relativize(path)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
