package org.mentorship.lsp.jface.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.mentorship.lsp.jface.LanguageServers;

/** The Outline of a text editor whose document a language server serves: its document symbols ({@link LspOutlinePage}). */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null) {
			return null;
		}
		return LanguageServers.forDocument(document).map(server -> adapterType.cast(new LspOutlinePage(editor, document, server)))
				.orElse(null);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
