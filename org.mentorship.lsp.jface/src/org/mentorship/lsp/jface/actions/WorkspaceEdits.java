package org.mentorship.lsp.jface.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.assist.Snippet;

/**
 * Applies a server's workspace edit (a quick fix, a rename, a format): on the UI thread, one undoable change
 * per document however many places it touches. A document open in an editor is edited in place (the editor
 * shows it dirty, Undo reverts it); a file nobody has open is edited through a file buffer and saved.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/** From any thread: applies the edit on the UI thread; the future tells whether it was applied. */
	public static CompletableFuture<Boolean> applyLater(WorkspaceEdit edit, String label) {
		CompletableFuture<Boolean> done = new CompletableFuture<>();
		Display.getDefault().asyncExec(() -> done.complete(apply(edit, label)));
		return done;
	}

	/** On the UI thread: applies the edit; false if some part of it could not be applied. */
	public static boolean apply(WorkspaceEdit edit, String label) {
		boolean complete = true;
		for (Map.Entry<String, List<TextEdit>> file : textEditsByFile(edit).entrySet()) {
			try {
				applyToFile(file.getKey(), file.getValue());
			} catch (CoreException | BadLocationException | RuntimeException e) {
				ILog.of(WorkspaceEdits.class).error("Could not apply '" + label + "' to " + file.getKey(), e);
				complete = false;
			}
		}
		return complete;
	}

	/** The edit's text edits per document URI (snippet edits as their plain text), in the server's order. */
	static Map<String, List<TextEdit>> textEditsByFile(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					List<TextEdit> edits = byFile.computeIfAbsent(change.getLeft().getTextDocument().getUri(), k -> new ArrayList<>());
					for (Either<TextEdit, SnippetTextEdit> one : change.getLeft().getEdits()) {
						edits.add(one.isLeft() ? one.getLeft() : new TextEdit(one.getRight().getRange(),
								Snippet.parse(one.getRight().getSnippet().getValue()).text()));
					}
				}
			}
		} else if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> byFile.computeIfAbsent(uri, k -> new ArrayList<>()).addAll(edits));
		}
		return byFile;
	}

	private static void applyToFile(String uri, List<TextEdit> edits) throws CoreException, BadLocationException {
		Optional<IDocument> open = Documents.openDocument(uri);
		if (open.isPresent()) {
			apply(open.get(), edits);
			return;
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		Optional<IFile> file = Documents.file(uri);
		IPath path = file.isPresent() ? file.get().getFullPath() : IPath.fromOSString(Documents.path(uri).toString());
		LocationKind kind = file.isPresent() ? LocationKind.IFILE : LocationKind.LOCATION;
		manager.connect(path, kind, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, kind);
			apply(buffer.getDocument(), edits);
			buffer.commit(null, true);
		} finally {
			manager.disconnect(path, kind, null);
		}
	}

	/** Applies text edits given against the document as it is now, as one undoable change. */
	public static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		List<int[]> ranges = new ArrayList<>(); // start, end, index into edits
		for (int i = 0; i < edits.size(); i++) {
			TextEdit edit = edits.get(i);
			ranges.add(new int[] { Documents.offset(document, edit.getRange().getStart()),
					Documents.offset(document, edit.getRange().getEnd()), i });
		}
		// from the end backwards, so earlier offsets stay valid; edits at one offset keep their order
		ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[2]).reversed());
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (int[] range : ranges) {
				document.replace(range[0], range[1] - range[0], edits.get(range[2]).getNewText());
			}
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
