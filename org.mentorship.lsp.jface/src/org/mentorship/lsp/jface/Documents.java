package org.mentorship.lsp.jface;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;

/**
 * Where the two worlds meet: a document or workspace file and its URI as the server knows it, and LSP
 * positions (line, UTF-16 column: the same units as Java strings) against document offsets.
 */
public final class Documents {

	private Documents() {
	}

	/** The file URI of a buffer's document, in the {@code file:///path} form servers send back. */
	public static Optional<String> uri(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getFileStore() == null) {
			return Optional.empty();
		}
		return Optional.of(uri(buffer.getFileStore().toURI()));
	}

	public static String uri(URI fileUri) {
		return Paths.get(fileUri).toUri().toString().replaceFirst("^file:/(?!/)", "file:///");
	}

	public static Optional<String> uri(IFile file) {
		return file.getLocationURI() == null ? Optional.empty() : Optional.of(uri(file.getLocationURI()));
	}

	/** Comparable form of a URI string, whatever its spelling of the scheme part ({@code file:/} or {@code file:///}). */
	public static Path path(String uri) {
		return Paths.get(URI.create(uri)).normalize();
	}

	/** The workspace file of a URI, if the file is in the workspace. */
	public static Optional<IFile> file(String uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path(uri).toUri());
		for (IFile file : files) {
			if (file.exists()) {
				return Optional.of(file);
			}
		}
		return files.length > 0 ? Optional.of(files[0]) : Optional.empty();
	}

	/** The open document of a URI (an editor or another client holds its buffer), if any. */
	public static Optional<IDocument> openDocument(String uri) {
		Optional<IFile> file = file(uri);
		ITextFileBuffer buffer = file.isPresent()
				? FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.get().getFullPath(),
						org.eclipse.core.filebuffers.LocationKind.IFILE)
				: null;
		return buffer == null ? Optional.empty() : Optional.of(buffer.getDocument());
	}

	public static Optional<IContentType> contentType(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return Optional.empty();
		}
		try {
			IContentType type = buffer.getContentType();
			if (type == null && buffer.getFileStore() != null) {
				type = Platform.getContentTypeManager().findContentTypeFor(buffer.getFileStore().getName());
			}
			return Optional.ofNullable(type);
		} catch (CoreException e) {
			return Optional.empty();
		}
	}

	/** An open project as a workspace folder of the servers, or null. */
	public static org.eclipse.lsp4j.WorkspaceFolder workspaceFolder(org.eclipse.core.resources.IProject project) {
		if (!project.isOpen() || project.getLocationURI() == null) {
			return null;
		}
		return new org.eclipse.lsp4j.WorkspaceFolder(uri(project.getLocationURI()), project.getName());
	}

	public static Optional<IContentType> contentType(IFile file) {
		return Optional.ofNullable(Platform.getContentTypeManager().findContentTypeFor(file.getName()));
	}

	public static Position position(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	/** The offset of a position; a column past the line's end is the line's end (servers may send that). */
	public static int offset(IDocument document, Position position) throws BadLocationException {
		int line = Math.min(Math.max(position.getLine(), 0), document.getNumberOfLines() - 1);
		int start = document.getLineOffset(line);
		String delimiter = document.getLineDelimiter(line);
		int length = document.getLineLength(line) - (delimiter == null ? 0 : delimiter.length());
		return start + Math.min(Math.max(position.getCharacter(), 0), length);
	}

	/** Offset of a position in a text that is not open in a document (a file on disk). */
	public static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine() && offset < text.length(); line++) {
			int next = nextLine(text, offset);
			if (next < 0) {
				return text.length();
			}
			offset = next;
		}
		int end = offset;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return Math.min(offset + Math.max(position.getCharacter(), 0), end);
	}

	private static int nextLine(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				return i + 1;
			}
			if (c == '\r') {
				return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
			}
		}
		return -1;
	}
}
