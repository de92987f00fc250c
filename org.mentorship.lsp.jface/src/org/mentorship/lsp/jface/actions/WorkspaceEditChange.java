package org.mentorship.lsp.jface.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.DocumentChange;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextChange;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;
import org.mentorship.lsp.jface.Documents;

/**
 * A server's workspace edit as an LTK change: one text change per file, each place it edits a line of its own in
 * the refactoring preview. Workspace files become {@link TextFileChange}s (an open editor is changed in place and
 * stays unsaved, a closed file is saved), so the whole change is one entry in the workbench's undo history. A file
 * outside the workspace can only be changed while it is open in an editor.
 */
final class WorkspaceEditChange {

	private WorkspaceEditChange() {
	}

	/** The change, with a fatal error in {@code status} for every file that cannot be changed. */
	static Change of(WorkspaceEdit edit, String name, RefactoringStatus status, IProgressMonitor monitor) throws CoreException {
		List<Change> files = new ArrayList<>();
		for (Map.Entry<String, List<TextEdit>> file : WorkspaceEdits.textEditsByFile(edit).entrySet()) {
			Optional<TextChange> change = changeOf(file.getKey(), name);
			if (change.isEmpty()) {
				status.addFatalError("'" + Documents.path(file.getKey()) + "' is outside the workspace and not open in an editor.");
				continue;
			}
			IDocument document = change.get().getCurrentDocument(monitor);
			MultiTextEdit root = new MultiTextEdit();
			change.get().setEdit(root);
			for (TextEdit one : file.getValue()) {
				try {
					int start = Documents.offset(document, one.getRange().getStart());
					int end = Documents.offset(document, one.getRange().getEnd());
					ReplaceEdit replace = new ReplaceEdit(start, end - start, one.getNewText());
					root.addChild(replace);
					change.get().addTextEditGroup(new TextEditGroup(placeLabel(document, start), replace));
				} catch (BadLocationException | RuntimeException e) {
					status.addFatalError("The server's edit does not fit '" + change.get().getName() + "' as it is now: " + e.getMessage());
				}
			}
			files.add(change.get());
		}
		return new CompositeChange(name, files.toArray(Change[]::new));
	}

	private static Optional<TextChange> changeOf(String uri, String name) {
		Optional<IFile> file = Documents.file(uri);
		if (file.isPresent()) {
			TextFileChange change = new TextFileChange(file.get().getName(), file.get());
			change.setSaveMode(TextFileChange.KEEP_SAVE_STATE); // an editor with unsaved text keeps it unsaved
			change.setTextType(file.get().getFileExtension());
			return Optional.of(change);
		}
		return Documents.openDocument(uri).map(document -> {
			DocumentChange change = new DocumentChange(Documents.path(uri).getFileName().toString(), document);
			change.setTextType(Documents.path(uri).getFileName().toString().replaceAll(".*\\.", ""));
			return change;
		});
	}

	private static String placeLabel(IDocument document, int offset) throws BadLocationException {
		return "line " + (document.getLineOfOffset(offset) + 1);
	}
}
