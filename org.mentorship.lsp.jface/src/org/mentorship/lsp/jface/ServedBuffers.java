package org.mentorship.lsp.jface;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IPath;

/**
 * Starts a language's server the first time a document of its content type is opened (an editor, a compare,
 * a refactoring), if it is not running yet; once running, the server's own {@code DocumentSync} takes the
 * document over (it also picks up the documents that were open before it started).
 */
final class ServedBuffers implements IFileBufferListener {

	static void watch() {
		FileBuffers.getTextFileBufferManager().addFileBufferListener(new ServedBuffers());
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
		if (buffer instanceof ITextFileBuffer text) {
			LanguageServers.forDocument(text.getDocument()).ifPresent(ServerConnection::start);
		}
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
	}
}
