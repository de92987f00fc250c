package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's server module with {@link MentorLanguageServer} (selection ranges) in place of its LanguageServerImpl. */
public class MentorServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(LanguageServerImpl.class).to(MentorLanguageServer.class);
	}
}
