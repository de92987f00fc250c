package org.mentorship.lsp.jface.actions;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mentorship.lsp.jface.Documents;

/**
 * Rename (Alt+Shift+R): asks for the new name, sends textDocument/rename for the name at the caret and applies
 * the server's edit to every file it names (each open document as one undoable change). The server decides
 * what can be renamed and says why not.
 */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<EditorContext> context = EditorContext.of(event);
		if (context.isEmpty()) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String current = word(context.get());
		InputDialog dialog = new InputDialog(shell, "Rename", "New name for '" + current + "' (all references are renamed too):",
				current, text -> text.isBlank() ? "Type a name" : null);
		if (dialog.open() == Window.OK && !dialog.getValue().equals(current)) {
			String newName = dialog.getValue();
			rename(context.get(), newName).thenAccept(problem -> {
				if (problem != null && !shell.isDisposed()) {
					MessageDialog.openInformation(shell, "Rename", "Could not rename to '" + newName + "': " + problem);
				}
			});
		}
		return null;
	}

	/**
	 * Renames the name at the caret: the edit is applied when the server answers; the future completes with the
	 * reason when nothing was renamed (no name there, an invalid name), else with null.
	 */
	public static CompletableFuture<String> rename(EditorContext context, String newName) {
		RenameParams params;
		try {
			params = new RenameParams(new TextDocumentIdentifier(context.uri()), Documents.position(context.document(), context.offset()),
					newName);
		} catch (BadLocationException e) {
			return CompletableFuture.completedFuture("The caret is outside the document.");
		}
		CompletableFuture<String> done = new CompletableFuture<>();
		context.server().request(server -> server.getTextDocumentService().rename(params)).whenComplete((edit, error) -> Display
				.getDefault().asyncExec(() -> done.complete(apply(edit, error, newName))));
		return done;
	}

	private static String apply(WorkspaceEdit edit, Throwable error, String newName) {
		if (error != null) {
			return rootMessage(error);
		}
		if (edit == null) {
			return "There is no name to rename here.";
		}
		return WorkspaceEdits.apply(edit, "Rename to " + newName) ? null : "Some files could not be changed (see the error log).";
	}

	private static String rootMessage(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private static String word(EditorContext context) {
		try {
			int start = context.offset();
			while (start > 0 && isNamePart(context.document().getChar(start - 1))) {
				start--;
			}
			int end = context.offset();
			while (end < context.document().getLength() && isNamePart(context.document().getChar(end))) {
				end++;
			}
			return context.document().get(start, end - start);
		} catch (BadLocationException e) {
			return "";
		}
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}
}
