package org.mentorship.cli.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Turns the paths a user typed into the .mentor files to check. */
public final class MentorFiles {

	public static final String EXTENSION = ".mentor";

	private MentorFiles() {
	}

	/**
	 * Files are taken as given; folders are searched recursively (hidden folders such as .git are
	 * skipped). The result is sorted and free of duplicates, so output is stable across runs; it is kept in few bytes
	 * per file ({@link FileList}), as a run may have 100,000 files.
	 */
	public static List<Path> collect(List<Path> paths) throws InputProblem {
		TreeSet<Path> files = new TreeSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = search(path);
				if (found.isEmpty()) {
					throw new InputProblem("no " + EXTENSION + " files in folder " + path);
				}
				files.addAll(found);
			} else if (Files.exists(path)) {
				if (!path.getFileName().toString().endsWith(EXTENSION)) {
					throw new InputProblem(path + " is not a " + EXTENSION + " file");
				}
				files.add(path.normalize());
			} else {
				throw new InputProblem("no such file or folder: " + path);
			}
		}
		return FileList.of(files);
	}

	private static List<Path> search(Path folder) throws InputProblem {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> !isHidden(folder, p)).filter(p -> p.getFileName().toString().endsWith(EXTENSION))
					.filter(Files::isRegularFile).map(Path::normalize).toList();
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
