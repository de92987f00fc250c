package org.mentorship.dsl.generator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the generated files of ONE agreement into the output folder: all of them or none. `mentor
 * generate` and the language server both write through here, so they refuse the same things and
 * leave files with the same permissions.
 * <ul>
 * <li>Only inside the folder: a plain file name, and a symbolic link where a file would go is refused
 * (following it would overwrite whatever it points to, anywhere). The final rename replaces a
 * directory entry and never follows a link, so a link planted after the check is not written through
 * either.</li>
 * <li>A read-only file is left as it is, even for root (who may write it anyway).</li>
 * <li>Permissions come from the umask, as for any new file the user makes (0644 at umask 022):
 * the temporary file is created without explicit permissions (Files.createTempFile would give 0600).</li>
 * <li>All or none: every file is checked and written to a temporary file first; only then are they
 * renamed into place. Messages name the real file or folder, never a temporary file.</li>
 * </ul>
 */
public final class OutputFiles {

	private OutputFiles() {
	}

	/** Writes the files (name to content); returns their paths. On failure nothing of them is left. */
	public static List<Path> writeAll(Path outputFolder, Map<String, byte[]> files) throws IOException {
		Path folder = outputFolder.toAbsolutePath().normalize();
		Map<Path, byte[]> targets = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			targets.put(resolve(folder, file.getKey()), file.getValue());
		}
		prepareFolder(folder);
		for (Path target : targets.keySet()) {
			checkReplaceable(target);
		}
		Map<Path, Path> staged = new LinkedHashMap<>();
		List<Path> moved = new ArrayList<>();
		try {
			for (Map.Entry<Path, byte[]> target : targets.entrySet()) {
				staged.put(target.getKey(), stage(folder, target.getKey(), target.getValue()));
			}
			for (Map.Entry<Path, Path> file : staged.entrySet()) {
				try {
					Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE,
							StandardCopyOption.REPLACE_EXISTING);
				} catch (IOException e) {
					throw new IOException("cannot write " + file.getKey() + ": " + reason(e), e);
				}
				moved.add(file.getKey());
			}
			return moved;
		} catch (IOException | RuntimeException e) {
			for (Path done : moved) {
				Files.deleteIfExists(done); // the other half of a pair must not stay behind
			}
			throw e;
		} finally {
			for (Path temp : staged.values()) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/** Where a file of this name goes in the folder, or an exception if the name would leave it. */
	public static Path resolve(Path outputFolder, String name) throws IOException {
		Path folder = outputFolder.toAbsolutePath().normalize();
		Path target = folder.resolve(name).normalize();
		if (name.isEmpty() || !folder.equals(target.getParent()) || !target.getFileName().toString().equals(name)) {
			throw new IOException("\"" + name + "\" would be written outside the output folder " + folder + ": refused");
		}
		return target;
	}

	private static void prepareFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return; // a link to a folder chosen as output folder is the user's choice: it is the folder
		}
		if (Files.exists(folder)) {
			throw new IOException("cannot write in " + folder + ": it is a file, not a folder");
		}
		if (Files.isSymbolicLink(folder)) {
			throw new IOException("cannot write in " + folder + ": it is a symbolic link to nothing");
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new IOException("cannot create the output folder " + folder + ": " + reason(e), e);
		}
	}

	private static void checkReplaceable(Path target) throws IOException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			return;
		}
		if (attributes.isSymbolicLink()) {
			throw new IOException("refused to write " + target + ": it is a symbolic link (to "
					+ Files.readSymbolicLink(target) + "); generated files are written only inside the output"
					+ " folder, never through a link: remove the link and generate again");
		}
		if (attributes.isDirectory()) {
			throw new IOException("cannot write " + target + ": a folder has that name");
		}
		if (!attributes.isRegularFile()) {
			throw new IOException("cannot write " + target + ": it is not a regular file");
		}
		if (readOnly(target)) {
			throw new IOException("cannot write " + target + ": the file is read-only (it was left as it is)");
		}
	}

	/** By its permission bits, not by whether this process could write it (root always can). */
	private static boolean readOnly(Path file) throws IOException {
		try {
			PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
		} catch (UnsupportedOperationException e) {
			return !Files.isWritable(file);
		}
	}

	/** A temporary file beside the target, with the bytes on disk; the umask sets its permissions. */
	private static Path stage(Path folder, Path target, byte[] content) throws IOException {
		Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
			return temp;
		} catch (AccessDeniedException e) {
			Files.deleteIfExists(temp);
			throw new IOException("cannot write in the output folder " + folder + ": permission denied", e);
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			throw new IOException("cannot write " + target + ": " + reason(e), e);
		}
	}

	/** Why, in the system's words, without the name of a temporary file. */
	static String reason(IOException e) {
		if (e instanceof FileSystemException fs) {
			return fs.getReason() != null ? fs.getReason()
					: e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
