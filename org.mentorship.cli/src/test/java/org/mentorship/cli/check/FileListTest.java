package org.mentorship.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a run kept compactly (FileList) are the files found, in the same order, equal Path for Path: the
 * order of every report depends on it.
 */
class FileListTest {

	/** A name beyond ASCII, where the file system's encoding can name files so (not in a POSIX locale). */
	private static final List<String> UNICODE = "UTF-8".equals(System.getProperty("sun.jnu.encoding"))
			? List.of("Ünïcode 名前 😀.mentor")
			: List.of();

	@TempDir
	Path dir;

	@Test
	void givesBackEveryPathAsGiven() {
		TreeSet<Path> paths = new TreeSet<>(List.of(Path.of("bare.mentor"), Path.of("/top.mentor"),
				Path.of("relative/folder/a.mentor"), dir.resolve("b.mentor"), dir.resolve("b/a.mentor"),
				dir.resolve("with space & 'quote'.mentor"), dir.resolve("b/c/d/e.mentor"), dir.resolve("b-c.mentor")));
		UNICODE.forEach(name -> paths.add(dir.resolve(name)));
		FileList files = FileList.of(paths);
		assertEquals(List.copyOf(paths), files);
		assertEquals(paths.size(), files.size());
		for (int i = 0; i < files.size(); i++) {
			assertEquals(paths.toArray()[i].toString(), files.get(i).toString(), "file " + i);
		}
		assertThrows(IndexOutOfBoundsException.class, () -> files.get(paths.size()));
		assertEquals(List.of(), FileList.of(List.of()));
	}

	/** Sorting without Paths gives what a sorted set of the Paths gives, duplicates removed, for random names. */
	@Test
	void sortsAsPathsSortWithoutMakingThem() {
		String letters = "ab-./ _Z" + ("UTF-8".equals(System.getProperty("sun.jnu.encoding")) ? "é名😀" : "");
		Random random = new Random(13);
		List<Path> paths = new ArrayList<>(List.of(Path.of("/top.mentor"), Path.of("bare.mentor"), Path.of("/")));
		for (int i = 0; i < 2_000; i++) {
			StringBuilder name = new StringBuilder(random.nextBoolean() ? "/r/" : "");
			for (int length = 1 + random.nextInt(8); length > 0; length--) {
				name.appendCodePoint(letters.codePointAt(letters.offsetByCodePoints(0, random.nextInt(letters.codePointCount(0, letters.length())))));
			}
			paths.add(Path.of(name + ".mentor").normalize());
		}
		paths.addAll(paths.subList(0, 300)); // found twice
		FileList.Builder builder = new FileList.Builder();
		paths.forEach(builder::add);
		assertEquals(List.copyOf(new TreeSet<>(paths)), builder.sortedUnique());
	}

	@Test
	void keepsTheOrderOfNestedFoldersAndOddNames() throws Exception {
		// '-' < '.' < '/' in a path's bytes: b-c.mentor, b.mentor, then the files of folder b
		List<String> sorted = new ArrayList<>(List.of("a.mentor", "b-c.mentor", "b.mentor", "b/a.mentor", "b/c/z.mentor",
				"b/d.mentor", "with space & 'quote'.mentor", "Z.mentor", "a b/x.mentor"));
		sorted.addAll(UNICODE);
		sorted.sort((x, y) -> Path.of(x).compareTo(Path.of(y)));
		for (String name : sorted) {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "agreement a \"A\"\n");
		}
		Files.createDirectories(dir.resolve(".hidden"));
		Files.writeString(dir.resolve(".hidden/skipped.mentor"), "");
		List<Path> files = MentorFiles.collect(List.of(dir));
		List<String> found = files.stream().map(file -> dir.relativize(file).toString()).toList();
		assertEquals(sorted, found);
		assertEquals(new ArrayList<>(new TreeSet<>(files)), files, "sorted as Paths sort");
	}

	@Test
	void symbolicLinksAsBefore() throws IOException, InputProblem {
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("real.mentor"), "");
		Path folder = Files.createDirectories(dir.resolve("folder"));
		Files.writeString(folder.resolve("own.mentor"), "");
		Files.createSymbolicLink(folder.resolve("link.mentor"), elsewhere.resolve("real.mentor"));
		Files.createSymbolicLink(folder.resolve("linked-folder"), elsewhere);
		// a link to a file is checked under its own name; a linked folder is not followed
		assertEquals(List.of(folder.resolve("link.mentor"), folder.resolve("own.mentor")),
				MentorFiles.collect(List.of(folder)));
		// a file given twice, and by a name with ".." in it, is checked once
		assertEquals(List.of(folder.resolve("own.mentor")), MentorFiles.collect(
				List.of(folder.resolve("own.mentor"), folder.resolve("../folder/own.mentor"))));
	}
}
