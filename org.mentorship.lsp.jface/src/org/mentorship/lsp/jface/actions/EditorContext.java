package org.mentorship.lsp.jface.actions;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;

/** What a command in a served text editor works on: the editor, its document, URI, server and caret. */
public record EditorContext(ITextEditor editor, IDocument document, String uri, ServerConnection server, int offset, int length) {

	public static Optional<EditorContext> of(ExecutionEvent event) {
		return of(HandlerUtil.getActiveEditor(event));
	}

	public static Optional<EditorContext> of(IEditorPart part) {
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null) {
			return Optional.empty();
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null) {
			return Optional.empty();
		}
		Optional<String> uri = Documents.uri(document);
		Optional<ServerConnection> server = LanguageServers.forDocument(document);
		if (uri.isEmpty() || server.isEmpty()) {
			return Optional.empty();
		}
		ISelection selection = editor.getSelectionProvider().getSelection();
		int offset = selection instanceof ITextSelection text ? text.getOffset() : 0;
		int length = selection instanceof ITextSelection text ? text.getLength() : 0;
		return Optional.of(new EditorContext(editor, document, uri.get(), server.get(), offset, length));
	}
}
