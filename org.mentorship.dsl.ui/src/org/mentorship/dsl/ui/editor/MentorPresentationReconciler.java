package org.mentorship.dsl.ui.editor;

import org.mentorship.lsp.jface.presentation.LspPresentationReconciler;

/** Colours of a .mentor editor: the generic semantic-token colouring, with the language's keywords for the first paint. */
public class MentorPresentationReconciler extends LspPresentationReconciler {

	public MentorPresentationReconciler() {
		super(MentorKeywords.all());
	}
}
