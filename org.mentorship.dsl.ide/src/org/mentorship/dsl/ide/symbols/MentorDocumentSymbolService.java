package org.mentorship.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.mentorship.dsl.ide.sections.SectionCatalogue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Workspace symbols (from the index) get the same kinds as the outline, instead of Xtext's "Property" for all. */
@Singleton
public class MentorDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private SectionCatalogue sections;

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return sections.outline(type);
	}
}
