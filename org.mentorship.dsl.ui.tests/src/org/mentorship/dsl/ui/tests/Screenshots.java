package org.mentorship.dsl.ui.tests;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mentorship.lsp.jface.tests.Ui;

/** Taking pictures of parts of the workbench for docs/eclipse.md: areas on the screen, cropped to what a caption shows. */
final class Screenshots {

	private Screenshots() {
	}

	/** The whole workbench window. */
	static Rectangle window() {
		return Ui.page().getWorkbenchWindow().getShell().getBounds();
	}

	/** The tab folder an editor sits in (its tabs and its text), on the screen. */
	static Rectangle part(ITextEditor editor) {
		return tabFolder(editor.getAdapter(Control.class));
	}

	/** The tab folder of the part showing this control (a view's tree), on the screen. */
	static Rectangle tabFolder(Control control) {
		Control folder = control;
		while (folder != null && !(folder instanceof CTabFolder)) {
			folder = folder.getParent();
		}
		return onScreen(folder != null ? folder : control);
	}

	static Rectangle onScreen(Control control) {
		if (control instanceof Shell) {
			return control.getBounds();
		}
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}

	/** The area plus every popup (completion list, hover, quick fix list) that is open over or beside it. */
	static Rectangle withPopups(Rectangle area) {
		Rectangle all = area;
		Shell window = Ui.page().getWorkbenchWindow().getShell();
		for (Shell shell : window.getShells()) {
			if (shell.isVisible() && !shell.isDisposed()) {
				all = all.union(shell.getBounds());
			}
		}
		return all;
	}

	/** The top {@code height} pixels of an area. */
	static Rectangle top(Rectangle area, int height) {
		return new Rectangle(area.x, area.y, area.width, Math.min(height, area.height));
	}

	static Image grab(Rectangle area) {
		Display display = Display.getCurrent();
		Rectangle clipped = area.intersection(display.getBounds());
		Image image = new Image(display, clipped.width, clipped.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, clipped.x, clipped.y);
		} finally {
			gc.dispose();
		}
		return image;
	}

	static void save(Path file, Rectangle area) {
		Image image = grab(area);
		try {
			save(file, image);
		} finally {
			image.dispose();
		}
	}

	/** Two pictures side by side (before and after), separated by a thin grey line. */
	static void saveSideBySide(Path file, Image left, Image right) {
		Rectangle a = left.getBounds();
		Rectangle b = right.getBounds();
		Image both = new Image(Display.getCurrent(), a.width + 4 + b.width, Math.max(a.height, b.height));
		GC gc = new GC(both);
		try {
			gc.setBackground(Display.getCurrent().getSystemColor(SWT.COLOR_GRAY));
			gc.fillRectangle(both.getBounds());
			gc.drawImage(left, 0, 0);
			gc.drawImage(right, a.width + 4, 0);
		} finally {
			gc.dispose();
		}
		try {
			save(file, both);
		} finally {
			both.dispose();
		}
	}

	private static void save(Path file, Image image) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}
}
