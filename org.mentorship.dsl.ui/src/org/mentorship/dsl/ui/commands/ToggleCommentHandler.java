package org.mentorship.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.mentorship.lsp.jface.actions.EditorContext;

/**
 * Toggle Comment (Ctrl+/): comments out the selected lines with {@code // }, or, if every non-blank one is
 * already a comment, uncomments them. One undoable change.
 */
public class ToggleCommentHandler extends AbstractHandler {

	static final String PREFIX = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext.of(event).ifPresent(context -> {
			try {
				toggle(context.document(), context.offset(), context.length());
			} catch (BadLocationException e) {
				// the selection is stale: nothing to toggle
			}
		});
		return null;
	}

	public static void toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (last > first && length > 0 && document.getLineOffset(last) == offset + length) {
			last--; // a selection ending at a line start does not include that line
		}
		boolean uncomment = true;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line).strip();
			if (!text.isEmpty() && !text.startsWith(PREFIX)) {
				uncomment = false;
			}
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (int line = last; line >= first; line--) {
				int start = document.getLineOffset(line);
				String text = lineText(document, line);
				if (uncomment) {
					int at = text.indexOf(PREFIX);
					if (at >= 0) {
						int end = at + PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
						document.replace(start + at, end - at, "");
					}
				} else if (!text.isBlank() || first == last) {
					document.replace(start, 0, PREFIX + " ");
				}
			}
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		String delimiter = document.getLineDelimiter(line);
		return document.get(document.getLineOffset(line), document.getLineLength(line) - (delimiter == null ? 0 : delimiter.length()));
	}
}
