package org.mentorship.lsp.jface.assist;

import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The word (letters, digits, '-', '_', '.') around an offset: what a hover or a link is about. */
final class Words {

	private Words() {
	}

	static Optional<IRegion> at(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && part(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && part(document.getChar(end))) {
				end++;
			}
			return end > start ? Optional.of(new Region(start, end - start)) : Optional.empty();
		} catch (BadLocationException e) {
			return Optional.empty();
		}
	}

	private static boolean part(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
	}
}
