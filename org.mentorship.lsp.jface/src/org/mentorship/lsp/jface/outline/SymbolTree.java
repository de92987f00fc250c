package org.mentorship.lsp.jface.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.viewers.IElementComparer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Document symbols as a tree, and the innermost symbol at a position (what the Outline selects for the caret). */
final class SymbolTree implements ITreeContentProvider {

	private List<DocumentSymbol> roots = List.of();
	/** Parents by identity: the tree reveals a symbol under the caret by walking up from it. */
	private final Map<DocumentSymbol, DocumentSymbol> parents = new IdentityHashMap<>();

	void setRoots(List<DocumentSymbol> symbols) {
		roots = symbols;
		parents.clear();
		remember(symbols, null);
	}

	private void remember(List<DocumentSymbol> symbols, DocumentSymbol parent) {
		for (DocumentSymbol symbol : symbols) {
			if (parent != null) {
				parents.put(symbol, parent);
			}
			if (symbol.getChildren() != null) {
				remember(symbol.getChildren(), symbol);
			}
		}
	}

	@Override
	public Object[] getElements(Object input) {
		return roots.toArray();
	}

	/** Two answers' symbols are the same entry if they have the same name and kind. */
	static final class SameSymbol implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof DocumentSymbol x && b instanceof DocumentSymbol y) {
				return Objects.equals(x.getName(), y.getName()) && x.getKind() == y.getKind();
			}
			return Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof DocumentSymbol symbol ? Objects.hash(symbol.getName(), symbol.getKind()) : Objects.hashCode(element);
		}
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null ? symbol.getChildren().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return parents.get(element);
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
