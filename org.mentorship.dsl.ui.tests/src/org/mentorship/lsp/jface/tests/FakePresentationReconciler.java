package org.mentorship.lsp.jface.tests;

import java.util.List;

import org.mentorship.lsp.jface.presentation.LspPresentationReconciler;

/** The glue's colouring for the fake language: one keyword, then the fake server's semantic tokens. */
public class FakePresentationReconciler extends LspPresentationReconciler {

	public FakePresentationReconciler() {
		super(List.of("value"));
	}
}
