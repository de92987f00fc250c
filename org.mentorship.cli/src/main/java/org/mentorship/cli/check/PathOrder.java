package org.mentorship.cli.check;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Orders the files of a {@link FileList} (by position) as their Paths order: the order every report has always had.
 * A Unix path orders by its bytes, compared unsigned, then by length; where the file system names files in UTF-8,
 * those bytes are the folder's text in UTF-8, a '/', and the name as the list keeps it, so no Path is made per
 * comparison. Anywhere else (another encoding, a folder whose name is no text, Windows) the Paths are compared.
 */
final class PathOrder implements Comparator<Integer> {

	private final FileList files;
	/** Each folder's path bytes, or null when the Paths must be compared. */
	private final byte[][] folderBytes;

	private PathOrder(FileList files, byte[][] folderBytes) {
		this.files = files;
		this.folderBytes = folderBytes;
	}

	static PathOrder of(FileList files) {
		Path[] folders = files.folders();
		if (File.separatorChar != '/' || !"UTF-8".equals(System.getProperty("sun.jnu.encoding"))) {
			return new PathOrder(files, null);
		}
		byte[][] bytes = new byte[folders.length][];
		for (int i = 0; i < folders.length; i++) {
			String text = folders[i].toString();
			if (!folders[i].getFileSystem().getPath(text).equals(folders[i])) {
				return new PathOrder(files, null); // bytes that are no UTF-8: its text is not its name
			}
			bytes[i] = text.getBytes(StandardCharsets.UTF_8);
		}
		return new PathOrder(files, bytes);
	}

	@Override
	public int compare(Integer first, Integer second) {
		int a = first;
		int b = second;
		if (folderBytes == null) {
			return files.get(a).compareTo(files.get(b));
		}
		if (files.folderIndex(a) == files.folderIndex(b) && hasName(a) && hasName(b)) {
			byte[] names = files.nameBytes(); // the same folder: the names decide
			return Arrays.compareUnsigned(names, files.nameStart(a), files.nameEnd(a), names, files.nameStart(b),
					files.nameEnd(b));
		}
		int length = Math.min(length(a), length(b));
		for (int k = 0; k < length; k++) {
			int difference = (byteAt(a, k) & 0xff) - (byteAt(b, k) & 0xff);
			if (difference != 0) {
				return difference;
			}
		}
		return length(a) - length(b);
	}

	private boolean hasName(int file) {
		return files.nameEnd(file) > files.nameStart(file);
	}

	/** The folder's bytes, then '/' unless the folder is the root, then the name; a file kept whole is its folder. */
	private int length(int file) {
		byte[] folder = folderBytes[files.folderIndex(file)];
		return hasName(file) ? folder.length + separator(folder) + files.nameEnd(file) - files.nameStart(file)
				: folder.length;
	}

	private byte byteAt(int file, int k) {
		byte[] folder = folderBytes[files.folderIndex(file)];
		if (k < folder.length) {
			return folder[k];
		}
		int inName = k - folder.length - separator(folder);
		return inName < 0 ? (byte) '/' : files.nameBytes()[files.nameStart(file) + inName];
	}

	private static int separator(byte[] folder) {
		return folder.length > 0 && folder[folder.length - 1] == '/' ? 0 : 1;
	}
}
