package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.parser.SourceText;

import com.google.inject.Inject;

/**
 * Xtext's workspace manager whose documents count "\r\n" and a lone "\r" as line ends ({@link LineEndingDocument}):
 * opened documents, and the ones read for a file that is not open. Edits keep the type (applyTextDocumentChanges).
 * It also tells {@link PausedChecks} which build follows a keystroke.
 */
public class MentorWorkspaceManager extends WorkspaceManager {

	@Inject
	private PausedChecks pausedChecks;

	/** As Xtext's, with the document that counts every line end. */
	@Override
	public Buildable didOpen(URI uri, Integer version, String content) {
		getOpenDocuments().put(uri, new LineEndingDocument(version, content));
		pausedChecks.opened(uri);
		return didChangeFiles(List.of(uri), List.of());
	}

	/**
	 * A keystroke: its build reparses in place and runs the fast checks only (TypingBuilder). Told after Xtext's own,
	 * whose didChangeFiles counts as a change.
	 */
	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		Buildable build = super.didChangeTextDocumentContent(uri, version, changes);
		pausedChecks.typed(uri, getOpenDocuments().get(uri).getContents());
		return build;
	}

	/** Opened, saved or changed on disk: the next build checks everything. */
	@Override
	public Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		pausedChecks.changed(dirtyFiles);
		return super.didChangeFiles(dirtyFiles, deletedFiles);
	}

	@Override
	public Buildable didClose(URI uri) {
		pausedChecks.closed(uri);
		return super.didClose(uri);
	}

	/** Whether every open document of a file shows the file's text: no unsaved edits (LastSessionDiagnostics). */
	boolean openDocumentsAsOnDisk() {
		for (Map.Entry<URI, Document> open : getOpenDocuments().entrySet()) {
			try {
				if (open.getKey().isFile() && !open.getValue().getContents().equals(SourceText.lenient(
						Files.readAllBytes(Paths.get(java.net.URI.create(open.getKey().toString())))))) {
					return false;
				}
			} catch (IOException | RuntimeException notReadable) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		Document document = super.getDocument(resource);
		return document == null || document instanceof LineEndingDocument ? document
				: new LineEndingDocument(document.getVersion(), document.getContents());
	}
}
