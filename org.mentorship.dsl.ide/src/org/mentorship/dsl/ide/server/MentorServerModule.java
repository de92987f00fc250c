package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;

/**
 * Xtext's server module with {@link MentorLanguageServer} (selection ranges, checked initialize and rename) in
 * place of its LanguageServerImpl, and {@link GuardedRequestManager} in place of its RequestManager.
 */
public class MentorServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(LanguageServerImpl.class).to(MentorLanguageServer.class);
		// every request's failure answered in words, never logged with the document (see GuardedRequestManager)
		bind(RequestManager.class).to(GuardedRequestManager.class);
	}
}
