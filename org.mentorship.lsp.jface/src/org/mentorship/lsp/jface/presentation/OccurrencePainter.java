package org.mentorship.lsp.jface.presentation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Paints the occurrence annotations as a tinted, framed background, on the visible lines only. Why not Eclipse's annotation
 * painter with "highlight" on: it draws highlights as text styles, and every change of them makes it restyle the whole
 * span from the first to the last changed annotation on the UI thread (for a party named in the first and the last of
 * 2,000 lines: all of them, through the presentation reconciler). Painting costs what the screen shows, whatever the
 * document's size; a change repaints the visible area. The colours are the annotation types' preferences
 * (General > Editors > Text Editors > Annotations).
 */
final class OccurrencePainter implements PaintListener {

	/** The fill is drawn over the text (SWT paints listeners last): light enough to keep the text readable. */
	private static final int ALPHA = 80;
	private static final Map<String, String> COLOUR_KEYS = Map.of(
			OccurrenceAnnotations.WRITE, "lspWriteOccurrenceIndicationColor",
			OccurrenceAnnotations.READ, "lspReadOccurrenceIndicationColor",
			OccurrenceAnnotations.TEXT, "lspTextOccurrenceIndicationColor");

	private final ISourceViewer viewer;
	private final StyledText widget;
	private final OccurrenceAnnotations occurrences;
	private final Map<String, Color> colours = new HashMap<>();

	OccurrencePainter(ISourceViewer viewer, OccurrenceAnnotations occurrences) {
		this.viewer = viewer;
		this.widget = viewer.getTextWidget();
		this.occurrences = occurrences;
	}

	/** Repaints the visible area (after the occurrences changed). */
	void repaint() {
		colours.clear(); // a changed preference applies at the next change
		if (!widget.isDisposed()) {
			widget.redraw();
		}
	}

	@Override
	public void paintControl(PaintEvent event) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (occurrences.isEmpty() || model == null) {
			return;
		}
		int firstLine = JFaceTextUtil.getPartialTopIndex(widget);
		int lastLine = Math.min(JFaceTextUtil.getPartialBottomIndex(widget), widget.getLineCount() - 1);
		int visibleStart = widget.getOffsetAtLine(firstLine);
		int visibleEnd = widget.getOffsetAtLine(lastLine) + widget.getLine(lastLine).length();
		int alpha = event.gc.getAlpha();
		Color background = event.gc.getBackground();
		Color foreground = event.gc.getForeground();
		try {
			for (Annotation annotation : occurrences.annotations()) {
				Position position = model.getPosition(annotation);
				IRegion range = position == null || position.isDeleted() ? null : widgetRange(position);
				if (range != null && range.getLength() > 0 && range.getOffset() <= visibleEnd
						&& range.getOffset() + range.getLength() >= visibleStart) {
					Rectangle bounds = widget.getTextBounds(range.getOffset(), range.getOffset() + range.getLength() - 1);
					Color colour = colour(annotation.getType());
					event.gc.setBackground(colour);
					event.gc.setAlpha(ALPHA);
					event.gc.fillRectangle(bounds);
					event.gc.setForeground(colour); // and a frame, so that the occurrence stands out at a glance
					event.gc.setAlpha(255);
					event.gc.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
				}
			}
		} finally {
			event.gc.setAlpha(alpha);
			event.gc.setBackground(background);
			event.gc.setForeground(foreground);
		}
	}

	/** Where a document range is in the widget (folding hides some lines), or null when it is hidden. */
	private IRegion widgetRange(Position position) {
		Region range = new Region(position.getOffset(), position.getLength());
		if (viewer instanceof ITextViewerExtension5 extension) {
			return extension.modelRange2WidgetRange(range);
		}
		return range.getOffset() + range.getLength() <= widget.getCharCount() ? range : null;
	}

	private Color colour(String type) {
		return colours.computeIfAbsent(type, t -> {
			IPreferenceStore preferences = EditorsUI.getPreferenceStore();
			String key = COLOUR_KEYS.getOrDefault(t, COLOUR_KEYS.get(OccurrenceAnnotations.TEXT));
			RGB rgb = PreferenceConverter.getColor(preferences, key);
			return new Color(rgb);
		});
	}
}
