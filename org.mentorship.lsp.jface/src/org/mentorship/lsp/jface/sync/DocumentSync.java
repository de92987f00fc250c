package org.mentorship.lsp.jface.sync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * Open documents as the server sees them. Every text file buffer of the server's content type (an editor,
 * a compare viewer, a refactoring holds one) is a document the server has open: created -> didOpen, each
 * change -> didChange with just the changed range, written to disk -> didSave, released -> didClose. Files that
 * no buffer holds are the server's own business (it reads them from disk; {@link WatchedFiles} tells it of changes).
 */
public final class DocumentSync implements FileBufferEvents {

	private final ServerConnection connection;
	private final Map<IDocument, Synced> open = new ConcurrentHashMap<>();

	public DocumentSync(ServerConnection connection) {
		this.connection = connection;
	}

	public void start() {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.addFileBufferListener(this);
		for (IFileBuffer buffer : manager.getFileBuffers()) {
			bufferCreated(buffer);
		}
	}

	public void stop() {
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(this);
		open.values().forEach(synced -> synced.document.removeDocumentListener(synced));
		open.clear();
	}

	/** Whether the server has this document open (its text comes from the buffer, not the disk). */
	public boolean isOpen(IDocument document) {
		return open.containsKey(document);
	}

	/** The version of the document the server last received, or -1 if it does not have it open. */
	public int version(IDocument document) {
		Synced synced = open.get(document);
		return synced == null ? -1 : synced.version;
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
		if (!(buffer instanceof ITextFileBuffer text) || buffer.getFileStore() == null) {
			return;
		}
		IDocument document = text.getDocument();
		if (open.containsKey(document) || LanguageServers.forDocument(document).orElse(null) != connection) {
			return;
		}
		String uri = Documents.uri(buffer.getFileStore().toURI());
		Synced synced = new Synced(uri, document);
		// start() (on the server's thread) and the buffer listener it adds may both see a buffer made meanwhile
		if (open.putIfAbsent(document, synced) != null) {
			return;
		}
		String content = document.get();
		connection.notify(server -> server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, connection.id(), 1, content))));
		document.addDocumentListener(synced);
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		if (buffer instanceof ITextFileBuffer text) {
			Synced synced = open.remove(text.getDocument());
			if (synced != null) {
				synced.document.removeDocumentListener(synced);
				connection.notify(server -> server.getTextDocumentService()
						.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(synced.uri))));
			}
		}
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		if (!isDirty && buffer instanceof ITextFileBuffer text && buffer.isSynchronized()) {
			Synced synced = open.get(text.getDocument());
			if (synced != null) {
				connection.notify(server -> server.getTextDocumentService()
						.didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(synced.uri))));
			}
		}
	}

	/** One open document: its URI, the version last sent, and the range of the change under way. */
	private final class Synced implements IDocumentListener {
		final String uri;
		final IDocument document;
		volatile int version = 1;
		private Range changing;

		Synced(String uri, IDocument document) {
			this.uri = uri;
			this.document = document;
		}

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			try {
				changing = new Range(Documents.position(document, event.getOffset()),
						Documents.position(document, event.getOffset() + event.getLength()));
			} catch (BadLocationException e) {
				changing = null; // the change is then sent as the whole text
			}
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			TextDocumentContentChangeEvent change = changing == null
					? new TextDocumentContentChangeEvent(document.get())
					: new TextDocumentContentChangeEvent(changing, event.getText() == null ? "" : event.getText());
			changing = null;
			int next = ++version;
			DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, next), List.of(change));
			connection.notify(server -> server.getTextDocumentService().didChange(params));
		}
	}
}
