package org.mentorship.cli.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Replaces a source file's content (format, fix) so that readers see either the old or the new text, never
 * a mix. Generated files are written by the language's OutputFiles instead: they must never follow a link.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	private static void writeAndSync(Path temp, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	/**
	 * Writes the bytes to a temporary file in the same folder, gives it the permissions (and where allowed
	 * the owner and group) of the file, and moves it over the file in one step. A symbolic link stays a
	 * link: its target gets the new content. A read-only file is not replaced.
	 */
	public static void replace(Path file, byte[] content) throws IOException {
		Path target = file.toRealPath();
		if (!Files.isWritable(target)) {
			throw new AccessDeniedException(file.toString(), null, "the file is read-only (it was left as it is)");
		}
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
		try {
			writeAndSync(temp, content);
			PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
			if (posix != null) {
				PosixFileAttributes attributes = posix.readAttributes();
				PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
				keepOwnership(tempView, attributes);
				tempView.setPermissions(attributes.permissions());
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** Owner and group as before where the user may set them (the owner only when run as root). */
	private static void keepOwnership(PosixFileAttributeView temp, PosixFileAttributes original) {
		try {
			PosixFileAttributes now = temp.readAttributes();
			if (!now.group().equals(original.group())) {
				temp.setGroup(original.group());
			}
			if (!now.owner().equals(original.owner())) {
				temp.setOwner(original.owner());
			}
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the content and the permissions matter, the file stays the user's to read and write
		}
	}
}
