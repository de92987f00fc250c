package org.mentorship.lsp.jface.outline;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * One icon per LSP symbol kind, drawn (a coloured badge with the kind's initial) rather than shipped: the glue
 * knows kinds, not languages, and drawn images scale with the display. Created once per display.
 */
final class SymbolIcons {

	private static final Map<SymbolKind, Image> ICONS = new EnumMap<>(SymbolKind.class);

	private SymbolIcons() {
	}

	static synchronized Image get(SymbolKind kind) {
		SymbolKind key = kind == null ? SymbolKind.Property : kind;
		Image icon = ICONS.get(key);
		if (icon == null || icon.isDisposed()) {
			Display display = Display.getCurrent();
			if (display == null) {
				return null;
			}
			if (ICONS.isEmpty()) {
				display.disposeExec(SymbolIcons::disposeAll);
			}
			icon = draw(display, key);
			ICONS.put(key, icon);
		}
		return icon;
	}

	private static Image draw(Display display, SymbolKind kind) {
		ImageData data = new ImageData(16, 16, 32, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.transparentPixel = 0xFFFFFE;
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				data.setPixel(x, y, 0xFFFFFE);
			}
		}
		Image image = new Image(display, data);
		GC gc = new GC(image);
		Color fill = new Color(colour(kind));
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(fill);
			if (kind == SymbolKind.Event || kind == SymbolKind.Namespace || kind == SymbolKind.Module) {
				gc.fillRectangle(1, 1, 14, 14);
			} else {
				gc.fillOval(1, 1, 14, 14);
			}
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.setFont(display.getSystemFont());
			String letter = kind.name().substring(0, 1);
			var extent = gc.stringExtent(letter);
			gc.drawString(letter, (16 - extent.x) / 2, (16 - extent.y) / 2, true);
		} finally {
			gc.dispose();
		}
		return image;
	}

	private static RGB colour(SymbolKind kind) {
		return switch (kind) {
		case Namespace, Module, Package, File -> new RGB(90, 90, 150);
		case Class, Interface, Struct -> new RGB(40, 120, 60);
		case Variable, Field, Property, Constant -> new RGB(30, 100, 170);
		case Event -> new RGB(190, 110, 20);
		case Method, Function, Constructor -> new RGB(130, 60, 150);
		case EnumMember, Enum -> new RGB(0, 130, 130);
		default -> new RGB(110, 110, 110);
		};
	}

	private static synchronized void disposeAll() {
		ICONS.values().forEach(Image::dispose);
		ICONS.clear();
	}
}
