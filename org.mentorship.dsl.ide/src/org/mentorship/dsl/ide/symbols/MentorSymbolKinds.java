package org.mentorship.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.mentorship.dsl.ide.sections.SectionCatalogue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The outline's symbol kinds, as {@link SectionCatalogue} gives them (it says why each kind). */
@Singleton
public class MentorSymbolKinds extends DocumentSymbolKindProvider {

	@Inject
	private SectionCatalogue sections;

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return sections.outline(type);
	}
}
