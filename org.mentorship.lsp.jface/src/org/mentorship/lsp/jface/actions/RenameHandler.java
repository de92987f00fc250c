package org.mentorship.lsp.jface.actions;

import java.util.Optional;

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
			rename(context.get(), dialog.getValue(), shell);
		}
		return null;
	}

	public static void rename(EditorContext context, String newName, Shell shell) {
		RenameParams params;
		try {
			params = new RenameParams(new TextDocumentIdentifier(context.uri()), Documents.position(context.document(), context.offset()),
					newName);
		} catch (BadLocationException e) {
			return;
		}
		context.server().request(server -> server.getTextDocumentService().rename(params)).whenComplete((edit, error) -> Display
				.getDefault().asyncExec(() -> apply(edit, error, newName, shell)));
	}

	private static void apply(WorkspaceEdit edit, Throwable error, String newName, Shell shell) {
		if (error != null || edit == null) {
			String reason = error == null ? "There is no name to rename here." : rootMessage(error);
			if (shell != null && !shell.isDisposed()) {
				MessageDialog.openInformation(shell, "Rename", "Could not rename to '" + newName + "': " + reason);
			}
			return;
		}
		WorkspaceEdits.apply(edit, "Rename to " + newName);
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
