package org.mentorship.lsp.jface.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;

/** An Outline entry: the symbol's icon by kind, its name, and its detail in the quieter colour. */
final class SymbolLabels extends LabelProvider implements IStyledLabelProvider {

	@Override
	public StyledString getStyledText(Object element) {
		if (!(element instanceof DocumentSymbol symbol)) {
			return new StyledString(String.valueOf(element));
		}
		StyledString text = new StyledString(symbol.getName());
		if (symbol.getDetail() != null && !symbol.getDetail().isBlank()) {
			text.append("  " + symbol.getDetail(), StyledString.DECORATIONS_STYLER);
		}
		return text;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof DocumentSymbol symbol ? SymbolIcons.get(symbol.getKind()) : null;
	}
}
