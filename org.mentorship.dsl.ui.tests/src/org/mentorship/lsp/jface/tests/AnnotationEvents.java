package org.mentorship.lsp.jface.tests;

import java.util.List;

import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;

/** Keeps each change of an annotation model (the extension's event names what was added, removed and changed). */
record AnnotationEvents(List<AnnotationModelEvent> events) implements IAnnotationModelListener,
		IAnnotationModelListenerExtension {

	@Override
	public void modelChanged(AnnotationModelEvent event) {
		events.add(event);
	}

	@Override
	public void modelChanged(IAnnotationModel model) {
	}
}
