package org.mentorship.lsp.jface;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.mentorship.lsp.jface.sync.FileBufferEvents;

/**
 * Starts a language's server the first time a document of its content type is opened (an editor, a compare,
 * a refactoring), if it is not running yet; once running, the server's own {@code DocumentSync} takes the
 * document over (it also picks up the documents that were open before it started).
 */
final class ServedBuffers implements FileBufferEvents {

	static void watch() {
		FileBuffers.getTextFileBufferManager().addFileBufferListener(new ServedBuffers());
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
		if (buffer instanceof ITextFileBuffer text) {
			LanguageServers.forDocument(text.getDocument()).ifPresent(ServerConnection::start);
		}
	}
}
