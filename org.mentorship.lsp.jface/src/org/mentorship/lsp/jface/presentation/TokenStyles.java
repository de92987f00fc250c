package org.mentorship.lsp.jface.presentation;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * How each standard LSP semantic token type looks (Eclipse's usual palette: keywords purple and bold, text
 * blue, comments green). Declarations are bold. The keyword scanner of the first paint uses the same styles.
 */
public final class TokenStyles {

	public static final TextAttribute KEYWORD = attribute(new RGB(127, 0, 85), SWT.BOLD);
	public static final TextAttribute STRING = attribute(new RGB(42, 0, 255), SWT.NORMAL);
	public static final TextAttribute COMMENT = attribute(new RGB(63, 127, 95), SWT.NORMAL);
	public static final TextAttribute NUMBER = attribute(new RGB(125, 80, 0), SWT.NORMAL);

	private TokenStyles() {
	}

	/** The style of a token of the type and modifiers, or null to keep the default. */
	public static TextAttribute of(String type, List<String> modifiers) {
		boolean declaration = modifiers.contains("declaration") || modifiers.contains("definition");
		TextAttribute base = switch (type) {
		case "keyword", "modifier" -> KEYWORD;
		case "string", "regexp" -> STRING;
		case "comment" -> COMMENT;
		case "number" -> NUMBER;
		case "enumMember", "enum" -> attribute(new RGB(0, 110, 110), SWT.ITALIC);
		case "namespace" -> attribute(new RGB(70, 70, 140), SWT.NORMAL);
		case "class", "type", "interface", "struct", "typeParameter" -> attribute(new RGB(30, 110, 50), SWT.NORMAL);
		case "variable", "parameter", "property" -> attribute(new RGB(0, 90, 160), SWT.NORMAL);
		case "event" -> attribute(new RGB(160, 90, 0), SWT.NORMAL);
		case "function", "method", "macro" -> attribute(new RGB(110, 50, 130), SWT.NORMAL);
		default -> null;
		};
		if (base == null || !declaration) {
			return base;
		}
		return new TextAttribute(base.getForeground(), null, base.getStyle() | SWT.BOLD);
	}

	private static TextAttribute attribute(RGB rgb, int style) {
		return new TextAttribute(new Color(rgb), null, style);
	}
}
