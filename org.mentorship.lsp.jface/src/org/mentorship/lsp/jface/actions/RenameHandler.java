package org.mentorship.lsp.jface.actions;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Rename (Alt+Shift+R): opens the rename dialog ({@link RenameWizard}) for the name at the caret. The language
 * server decides what can be renamed and what the new name changes; the dialog previews that and applies it to
 * every file it names as one refactoring (one Undo reverts it in all files).
 */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<EditorContext> context = EditorContext.of(event);
		if (context.isPresent()) {
			open(context.get(), HandlerUtil.getActiveShell(event));
		}
		return null;
	}

	/** Opens the rename dialog (modal: returns when it is closed). */
	public static void open(EditorContext context, Shell shell) {
		try {
			LspRenameRefactoring refactoring = new LspRenameRefactoring(context, word(context));
			new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(shell, "Rename");
		} catch (BadLocationException e) {
			MessageDialog.openInformation(shell, "Rename", "The caret is outside the document.");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt(); // the user cancelled
		}
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
