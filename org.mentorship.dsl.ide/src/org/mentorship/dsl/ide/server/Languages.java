package org.mentorship.dsl.ide.server;

import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;

/** What the server asks of a file's language, in one place for the first build, the early check and the requests. */
final class Languages {

	private Languages() {
	}

	/** The resource's language: its own, or the one the registry names for its URI. */
	static IResourceServiceProvider of(XtextResource resource, IResourceServiceProvider.Registry languages) {
		IResourceServiceProvider language = resource.getResourceServiceProvider();
		return language != null ? language : languages.getResourceServiceProvider(resource.getURI());
	}

	/** The keywords of the language's grammar; none without a language. */
	static Set<String> keywords(IResourceServiceProvider language) {
		IGrammarAccess grammar = language == null ? null : language.get(IGrammarAccess.class);
		return grammar == null ? Set.of() : GrammarUtil.getAllKeywords(grammar.getGrammar());
	}
}
