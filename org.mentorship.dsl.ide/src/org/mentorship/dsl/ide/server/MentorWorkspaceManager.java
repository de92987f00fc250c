package org.mentorship.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's workspace manager whose documents count "\r\n" and a lone "\r" as line ends ({@link LineEndingDocument}):
 * opened documents, and the ones read for a file that is not open. Edits keep the type (applyTextDocumentChanges).
 */
public class MentorWorkspaceManager extends WorkspaceManager {

	/** As Xtext's, with the document that counts every line end. */
	@Override
	public Buildable didOpen(URI uri, Integer version, String content) {
		getOpenDocuments().put(uri, new LineEndingDocument(version, content));
		return didChangeFiles(List.of(uri), List.of());
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		Document document = super.getDocument(resource);
		return document == null || document instanceof LineEndingDocument ? document
				: new LineEndingDocument(document.getVersion(), document.getContents());
	}
}
