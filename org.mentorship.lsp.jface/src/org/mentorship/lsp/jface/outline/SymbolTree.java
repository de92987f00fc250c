package org.mentorship.lsp.jface.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jface.viewers.IElementComparer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Document symbols as a tree, and the innermost symbol at a position (what the Outline selects for the caret). A new
 * answer is merged into the symbols shown ({@link #merge}): a symbol still there keeps its object, with the new
 * ranges, so the Outline updates only the entries whose label or children changed (typing moves ranges at every
 * keystroke; refreshing every entry's label of a 2,000-line agreement each time kept the UI thread busy).
 */
final class SymbolTree implements ITreeContentProvider {

	/** Stands for the top level in {@link Changes#children}. */
	static final Object TOP = new Object();

	/** What a merge changed: entries whose children changed ({@link #TOP}: the top level), entries whose label changed. */
	record Changes(Set<Object> children, Set<DocumentSymbol> labels) {
	}

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

	List<DocumentSymbol> roots() {
		return roots;
	}

	/** Takes a new answer: symbols found again (same name and kind, in order) keep their object. */
	Changes merge(List<DocumentSymbol> fresh) {
		// by identity: symbols compare (and hash) by value, children included, and are changed in place here
		Changes changes = new Changes(Collections.newSetFromMap(new IdentityHashMap<>()),
				Collections.newSetFromMap(new IdentityHashMap<>()));
		setRoots(merge(roots, fresh, TOP, changes));
		return changes;
	}

	private static List<DocumentSymbol> merge(List<DocumentSymbol> old, List<DocumentSymbol> fresh, Object parent, Changes changes) {
		Map<String, Deque<DocumentSymbol>> byName = new HashMap<>();
		for (DocumentSymbol symbol : old) {
			byName.computeIfAbsent(key(symbol), k -> new ArrayDeque<>()).add(symbol);
		}
		List<DocumentSymbol> result = new ArrayList<>(fresh.size());
		for (DocumentSymbol symbol : fresh) {
			Deque<DocumentSymbol> same = byName.get(key(symbol));
			DocumentSymbol kept = same == null ? null : same.pollFirst();
			if (kept == null) {
				result.add(symbol);
				continue;
			}
			if (!Objects.equals(kept.getDetail(), symbol.getDetail()) || !Objects.equals(kept.getTags(), symbol.getTags())) {
				kept.setDetail(symbol.getDetail());
				kept.setTags(symbol.getTags());
				changes.labels().add(kept);
			}
			kept.setRange(symbol.getRange());
			kept.setSelectionRange(symbol.getSelectionRange());
			List<DocumentSymbol> children = symbol.getChildren() == null ? List.of() : symbol.getChildren();
			kept.setChildren(merge(kept.getChildren() == null ? List.of() : kept.getChildren(), children, kept, changes));
			result.add(kept);
		}
		if (result.size() != old.size() || !sameObjects(result, old)) {
			changes.children().add(parent);
		}
		return result;
	}

	private static String key(DocumentSymbol symbol) {
		return symbol.getKind() + " " + symbol.getName();
	}

	private static boolean sameObjects(List<DocumentSymbol> a, List<DocumentSymbol> b) {
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
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
