package org.mentorship.lsp.jface.sync;

import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.runtime.IPath;

/** A file buffer listener that ignores every event it does not override (the platform's interface has no defaults). */
public interface FileBufferEvents extends IFileBufferListener {

	@Override
	default void bufferCreated(IFileBuffer buffer) {
	}

	@Override
	default void bufferDisposed(IFileBuffer buffer) {
	}

	@Override
	default void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
	}

	@Override
	default void bufferContentReplaced(IFileBuffer buffer) {
	}

	@Override
	default void stateChanging(IFileBuffer buffer) {
	}

	@Override
	default void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
	}

	@Override
	default void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	default void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	default void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	default void stateChangeFailed(IFileBuffer buffer) {
	}
}
