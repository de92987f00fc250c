package org.mentorship.lsp.jface.assist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 where nothing at the caret can be fixed: the fixes of the problems on the caret's line (the caret at the end
 * of a line with a mistake, as the Java editor offers the nearest problem's fixes), else one entry that says there is
 * nothing ("No suggestions available", as the Java editor says) instead of nothing at all. The Generic Editor's quick
 * assist lists only the resolutions of the markers whose range holds the caret and, with none, closes at once: JFace's
 * quick assist assistant keeps its content assistant's "show an empty list" switch to itself, so this processor
 * (registered with the Generic Editor for a content type, after the editor's own marker resolutions) adds its entries
 * exactly when those resolutions are none.
 */
public class FixesOnTheCaretLine implements IQuickAssistProcessor {

	public static final String LABEL = "No suggestions available";

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return false;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = context.getSourceViewer() == null ? null : context.getSourceViewer().getAnnotationModel();
		if (model != null && hasResolutions(model, context)) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> onTheLine = model == null ? List.of() : fixesOnTheLine(model, context);
		return onTheLine.isEmpty() ? new ICompletionProposal[] { new Nothing(context.getOffset()) }
				: onTheLine.toArray(ICompletionProposal[]::new);
	}

	/** The fixes of every problem marker on the caret's line, each problem's in the order its resolutions come. */
	private static List<ICompletionProposal> fixesOnTheLine(IAnnotationModel model, IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		List<ICompletionProposal> fixes = new ArrayList<>();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().exists()
					&& onMarkerLine(document, annotation.getMarker(), context.getOffset())) {
				for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(annotation.getMarker())) {
					fixes.add(new Fix(annotation.getMarker(), resolution));
				}
			}
		}
		return fixes;
	}

	/** Whether a marker the Generic Editor considers at the caret (its rule: the range holds the selection) has fixes. */
	private static boolean hasResolutions(IAnnotationModel model, IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		int offset = context.getOffset();
		int end = offset + Math.max(0, context.getLength());
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().exists()) {
				Position position = model.getPosition(annotation);
				boolean at = position != null && offset >= position.getOffset() && end <= position.getOffset() + position.getLength()
						|| position != null && position.getLength() == 0 && onMarkerLine(document, annotation.getMarker(), offset);
				if (at && IDE.getMarkerHelpRegistry().hasResolutions(annotation.getMarker())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean onMarkerLine(IDocument document, IMarker marker, int offset) {
		try {
			return document != null && document.getLineOfOffset(offset) == marker.getAttribute(IMarker.LINE_NUMBER, 0) - 1;
		} catch (BadLocationException e) {
			return false;
		}
	}

	/** A marker's resolution as an entry of the popup: choosing it runs the resolution, as the Problems view does. */
	private record Fix(IMarker marker, IMarkerResolution resolution) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null; // the resolution places the caret, if it moves it
		}

		@Override
		public String getAdditionalProposalInfo() {
			return resolution instanceof IMarkerResolution2 described ? described.getDescription() : null;
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return resolution instanceof IMarkerResolution2 described ? described.getImage() : null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}

	/** The entry that says there is nothing to do; choosing it changes nothing. */
	private record Nothing(int offset) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
		}

		@Override
		public Point getSelection(IDocument document) {
			return new Point(offset, 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return LABEL;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
