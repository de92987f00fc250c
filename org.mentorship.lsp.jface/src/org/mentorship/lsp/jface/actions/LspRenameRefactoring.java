package org.mentorship.lsp.jface.actions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.swt.widgets.Display;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * Rename as an LTK refactoring: the language server decides what the new name changes (textDocument/rename);
 * LTK shows it as a preview and applies it across files as one undoable change. The server is asked when the
 * final conditions are checked, which the refactoring wizard does off the UI thread (it forks), so waiting
 * for the answer there keeps the UI responsive and the Cancel button works.
 */
public class LspRenameRefactoring extends Refactoring {

	private final ServerConnection server;
	private final String uri;
	private final Position position;
	private final String oldName;
	private String newName;
	private Change change;

	public LspRenameRefactoring(EditorContext context, String oldName) throws BadLocationException {
		this.server = context.server();
		this.uri = context.uri();
		this.position = Documents.position(context.document(), context.offset());
		this.oldName = oldName;
		this.newName = oldName;
	}

	@Override
	public String getName() {
		return "Rename '" + oldName + "'";
	}

	public String oldName() {
		return oldName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** Checks only what needs no server: the new name is a change (the wizard calls this as the user types). */
	public RefactoringStatus checkNewName() {
		if (newName.isBlank()) {
			return RefactoringStatus.createFatalErrorStatus("Type a name.");
		}
		if (newName.equals(oldName)) {
			return RefactoringStatus.createFatalErrorStatus("Type a name other than '" + oldName + "'.");
		}
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		return new RefactoringStatus(); // the server says whether the caret is on a name when it is asked to rename
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws CoreException {
		RefactoringStatus status = checkNewName();
		if (!status.isOK()) {
			return status;
		}
		if (Display.getCurrent() != null) {
			throw new IllegalStateException("The rename waits for the language server: check it off the UI thread.");
		}
		monitor.beginTask("Asking " + server.label() + " what '" + newName + "' changes", IProgressMonitor.UNKNOWN);
		RenameParams params = new RenameParams(new TextDocumentIdentifier(uri), position, newName);
		WorkspaceEdit edit;
		try {
			edit = await(server.request(s -> s.getTextDocumentService().rename(params)), monitor);
		} catch (ExecutionException e) {
			return RefactoringStatus.createFatalErrorStatus("Could not rename to '" + newName + "': " + rootMessage(e));
		}
		if (edit == null) {
			return RefactoringStatus.createFatalErrorStatus("There is no name to rename at the caret.");
		}
		change = WorkspaceEditChange.of(edit, "Rename '" + oldName + "' to '" + newName + "'", status, monitor);
		return status;
	}

	/** The server's edit as a change; only after {@link #checkFinalConditions} found no fatal error. */
	@Override
	public Change createChange(IProgressMonitor monitor) {
		return change;
	}

	private static <T> T await(CompletableFuture<T> answer, IProgressMonitor monitor) throws ExecutionException {
		while (true) {
			if (monitor.isCanceled()) {
				answer.cancel(true);
				throw new OperationCanceledException();
			}
			try {
				return answer.get(50, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// ask again, after looking at the Cancel button
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	private static String rootMessage(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}
}
