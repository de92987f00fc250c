package org.mentorship.lsp.jface.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Document symbols as a tree, and the innermost symbol at a position (what the Outline selects for the caret). */
final class SymbolTree implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null ? symbol.getChildren().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof DocumentSymbol symbol && symbol.getChildren() != null && !symbol.getChildren().isEmpty();
	}

	/** The innermost symbol whose range holds the position, or null. */
	static DocumentSymbol at(List<DocumentSymbol> symbols, Position position) {
		for (DocumentSymbol symbol : symbols) {
			if (contains(symbol.getRange(), position)) {
				DocumentSymbol inner = symbol.getChildren() == null ? null : at(symbol.getChildren(), position);
				return inner != null ? inner : symbol;
			}
		}
		return null;
	}

	private static boolean contains(Range range, Position p) {
		return compare(range.getStart(), p) <= 0 && compare(p, range.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
	}
}
