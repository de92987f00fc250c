package org.mentorship.lsp.jface.actions;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;

/**
 * Format (Ctrl+Shift+F): textDocument/formatting, applied as one undoable change when it arrives, unless the
 * document changed meanwhile (then the edits no longer fit and are dropped).
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext.of(event).ifPresent(FormatHandler::format);
		return null;
	}

	public static void format(EditorContext context) {
		var store = EditorsUI.getPreferenceStore();
		FormattingOptions options = new FormattingOptions(store.getInt(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_TAB_WIDTH),
				store.getBoolean(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_SPACES_FOR_TABS));
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(context.uri()), options);
		String before = context.document().get();
		context.server().request(server -> server.getTextDocumentService().formatting(params)).thenAccept(edits -> Display
				.getDefault().asyncExec(() -> apply(context, before, edits)));
	}

	private static void apply(EditorContext context, String before, List<? extends TextEdit> edits) {
		if (edits == null || edits.isEmpty() || !before.equals(context.document().get())) {
			return;
		}
		try {
			WorkspaceEdits.apply(context.document(), List.copyOf(edits));
		} catch (BadLocationException e) {
			context.server().log("The formatting did not fit the document", e);
		}
	}
}
