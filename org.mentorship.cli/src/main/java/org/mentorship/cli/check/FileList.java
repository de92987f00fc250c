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
 * equal to the one given. Immutable, so the threads of a run share it. Made by a {@link Builder}, which also sorts
 * the files as Paths sort without keeping a Path per file.
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

	/** The given files in the order of the collection. */
	public static FileList of(Collection<Path> files) {
		Builder builder = new Builder();
		files.forEach(builder::add);
		return builder.inOrder();
	}

	@Override
	public Path get(int index) {
		Path folder = folders[folderOf[index]]; // throws for an index out of range, as a list does
		int start = nameStart(index);
		int end = nameEnd(index);
		return start == end ? folder : folder.resolve(decode(names, start, end - start));
	}

	@Override
	public int size() {
		return folderOf.length;
	}

	/** The file's name as [start, end) of {@link #nameBytes}; start == end for a file kept whole as its folder. */
	int nameStart(int index) {
		return index == 0 ? 0 : nameEnds[index - 1];
	}

	int nameEnd(int index) {
		return nameEnds[index];
	}

	private static String decode(byte[] bytes, int start, int length) {
		return new String(bytes, start, length, StandardCharsets.UTF_8);
	}

	/**
	 * Files added one by one, kept as compactly as the list itself: collecting 100,000 files into a sorted set of
	 * Paths held about 30 MB while the first batches were checked, which the first collections promoted to the old
	 * generation, where it stayed to the end of the run.
	 */
	public static final class Builder {

		private final Map<Path, Integer> folderIndexes = new HashMap<>();
		private Path[] folders = new Path[16];
		private int[] folderOf = new int[64];
		private int[] nameEnds = new int[64];
		private byte[] names = new byte[1024];
		private int count;
		private int length;

		public void add(Path file) {
			Path folder = file.getParent();
			byte[] name = folder == null ? new byte[0] : file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
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
			if (count == folderOf.length) {
				folderOf = Arrays.copyOf(folderOf, count * 2);
				nameEnds = Arrays.copyOf(nameEnds, count * 2);
			}
			System.arraycopy(name, 0, names, length, name.length);
			length += name.length;
			folderOf[count] = index;
			nameEnds[count++] = length;
		}

		/** How many files were added so far, duplicates included. */
		public int count() {
			return count;
		}

		/** The files in the order they were added. */
		public FileList inOrder() {
			return new FileList(Arrays.copyOf(folders, folderIndexes.size()), Arrays.copyOf(folderOf, count),
					Arrays.copyOf(nameEnds, count), Arrays.copyOf(names, length));
		}

		/** The files sorted as their Paths sort, each once (a file found twice, e.g. by two folders given). */
		public FileList sortedUnique() {
			FileList added = inOrder();
			Integer[] order = new Integer[count];
			Arrays.setAll(order, i -> i);
			PathOrder pathOrder = PathOrder.of(added);
			Arrays.sort(order, pathOrder);
			int[] sortedFolderOf = new int[count];
			int[] sortedNameEnds = new int[count];
			byte[] sortedNames = new byte[length];
			int unique = 0;
			int end = 0;
			for (int i = 0; i < order.length; i++) {
				int file = order[i];
				if (i > 0 && pathOrder.compare(order[i - 1], file) == 0) {
					continue;
				}
				int start = added.nameStart(file);
				int nameLength = added.nameEnd(file) - start;
				System.arraycopy(added.names, start, sortedNames, end, nameLength);
				end += nameLength;
				sortedFolderOf[unique] = added.folderIndex(file);
				sortedNameEnds[unique++] = end;
			}
			return new FileList(added.folders, Arrays.copyOf(sortedFolderOf, unique),
					Arrays.copyOf(sortedNameEnds, unique), Arrays.copyOf(sortedNames, end));
		}
	}

	/** The file's folder, as an index into the list's folders (for {@link PathOrder}). */
	int folderIndex(int index) {
		return folderOf[index];
	}

	Path[] folders() {
		return folders;
	}

	byte[] nameBytes() {
		return names;
	}
}
