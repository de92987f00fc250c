package org.mentorship.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;

/**
 * Text in a .mentor file is always in double quotes: typing an opening quote adds the closing one, typing a
 * quote just before the closing one steps over it instead of doubling it.
 */
public class QuoteAutoClose implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (!"\"".equals(command.text) || command.length != 0) {
			return;
		}
		try {
			char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\n';
			if (next == '"' && insideQuotes(document, command.offset)) {
				command.text = "";
				command.caretOffset = command.offset + 1;
				command.shiftsCaret = false;
			} else if (!insideQuotes(document, command.offset) && (Character.isWhitespace(next) || next == '\n')) {
				command.text = "\"\"";
				command.caretOffset = command.offset + 1;
				command.shiftsCaret = false;
			}
		} catch (BadLocationException e) {
			// leave the typed quote as it is
		}
	}

	/** Whether an odd number of unescaped quotes precede the offset on its line. */
	private static boolean insideQuotes(IDocument document, int offset) throws BadLocationException {
		int lineStart = document.getLineInformationOfOffset(offset).getOffset();
		String before = document.get(lineStart, offset - lineStart);
		int quotes = 0;
		for (int i = 0; i < before.length(); i++) {
			if (before.charAt(i) == '\\') {
				i++;
			} else if (before.charAt(i) == '"') {
				quotes++;
			}
		}
		return quotes % 2 == 1;
	}
}
