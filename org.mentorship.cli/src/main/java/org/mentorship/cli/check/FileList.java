package org.mentorship.cli.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The files of a run, in their order, in about 30 bytes per file: each file as its folder (one Path per folder)
 * and its name (UTF-8, all names in one array). A run of 100,000 files kept a Path per file, about 260 bytes
 * with its bytes, offsets and cached string, the largest part of the heap that grew with the file count
 * (docs/benchmarks-history.md, "Issue 13: memory at 100,000 files"). {@link #get} makes the Path when asked,
 * equal to the one given. Immutable, so the threads of a run share it.
 */
public final class FileList extends AbstractList<Path> implements RandomAccess {

	/** The files' folders, each once; a file without a folder, or whose name does not survive as text, whole. */
	private final Path[] folders;
	private final int[] folderOf;
	/** Where each file's name ends in {@link #names}; an empty name means the folder entry is the file itself. */
	private final int[] nameEnds;
	private final byte[] names;

	private FileList(Path[] folders, int[] folderOf, int[] nameEnds, byte[] names) {
		this.folders = folders;
		this.folderOf = folderOf;
		this.nameEnds = nameEnds;
		this.names = names;
	}

	/** The given files in the order of the collection (a sorted set for a run). */
	public static FileList of(Collection<Path> files) {
		Map<Path, Integer> folderIndexes = new HashMap<>();
		Path[] folders = new Path[16];
		int[] folderOf = new int[files.size()];
		int[] nameEnds = new int[files.size()];
		byte[] names = new byte[Math.max(16, files.size() * 24)];
		int count = 0;
		int length = 0;
		for (Path file : files) {
			Path folder = file.getParent();
			byte[] name = file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
			// a name the file system's encoding cannot give back as text (or a bare name) is kept as its own Path
			if (folder == null || !folder.resolve(decode(name, 0, name.length)).equals(file)) {
				folder = file;
				name = new byte[0];
			}
			Integer index = folderIndexes.get(folder);
			if (index == null) {
				index = folderIndexes.size();
				folderIndexes.put(folder, index);
				if (index == folders.length) {
					folders = Arrays.copyOf(folders, index * 2);
				}
				folders[index] = folder;
			}
			if (length + name.length > names.length) {
				names = Arrays.copyOf(names, Math.max(names.length * 2, length + name.length));
			}
			System.arraycopy(name, 0, names, length, name.length);
			length += name.length;
			folderOf[count] = index;
			nameEnds[count++] = length;
		}
		return new FileList(Arrays.copyOf(folders, folderIndexes.size()), folderOf, nameEnds,
				Arrays.copyOf(names, length));
	}

	@Override
	public Path get(int index) {
		Path folder = folders[folderOf[index]]; // throws for an index out of range, as a list does
		int start = index == 0 ? 0 : nameEnds[index - 1];
		int end = nameEnds[index];
		return start == end ? folder : folder.resolve(decode(names, start, end - start));
	}

	@Override
	public int size() {
		return folderOf.length;
	}

	private static String decode(byte[] bytes, int start, int length) {
		return new String(bytes, start, length, StandardCharsets.UTF_8);
	}
}
