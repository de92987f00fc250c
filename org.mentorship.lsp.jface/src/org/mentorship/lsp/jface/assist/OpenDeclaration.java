package org.mentorship.lsp.jface.assist;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;

/**
 * textDocument/definition, then the declaration opened and selected, in this file or another (F3 and Ctrl+click).
 * Asynchronous: the request goes out, the editor opens when the answer comes.
 */
public final class OpenDeclaration {

	private OpenDeclaration() {
	}

	/** Asks for the declaration at the offset; completes with true if one was opened. */
	public static CompletableFuture<Boolean> open(IDocument document, int offset) {
		Optional<String> uri = Documents.uri(document);
		var connection = LanguageServers.forDocument(document);
		if (uri.isEmpty() || connection.isEmpty()) {
			return CompletableFuture.completedFuture(false);
		}
		DefinitionParams params;
		try {
			params = new DefinitionParams(new TextDocumentIdentifier(uri.get()), Documents.position(document, offset));
		} catch (BadLocationException e) {
			return CompletableFuture.completedFuture(false);
		}
		CompletableFuture<Boolean> opened = new CompletableFuture<>();
		connection.get().request(server -> server.getTextDocumentService().definition(params)).whenComplete((result, error) -> {
			Optional<Location> target = error == null ? first(result) : Optional.empty();
			Display.getDefault().asyncExec(() -> opened.complete(target.isPresent() && reveal(target.get())));
		});
		return opened;
	}

	private static Optional<Location> first(Either<List<? extends Location>, List<? extends LocationLink>> result) {
		if (result == null) {
			return Optional.empty();
		}
		if (result.isLeft()) {
			return result.getLeft().stream().<Location>map(l -> l).findFirst();
		}
		return result.getRight().stream().findFirst()
				.map(link -> new Location(link.getTargetUri(), link.getTargetSelectionRange()));
	}

	/** Opens the file of the location in an editor and selects the range; on the UI thread. */
	public static boolean reveal(Location location) {
		Optional<IFile> file = Documents.file(location.getUri());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file.isEmpty() || page == null) {
			return false;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file.get());
			ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
			if (editor != null) {
				IDocument target = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				Range range = location.getRange();
				int start = Documents.offset(target, range.getStart());
				editor.selectAndReveal(start, Documents.offset(target, range.getEnd()) - start);
			}
			return true;
		} catch (PartInitException | BadLocationException e) {
			return false;
		}
	}
}
