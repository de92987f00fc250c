package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's server module with {@link MentorLanguageServer} (selection ranges) in place of its LanguageServerImpl,
 * and the language registered directly ({@link MentorLanguageRegistry}) instead of through
 * {@code META-INF/services}, which only a flat class path can see: the same module then works in the
 * {@code mentor} jar and inside Eclipse (OSGi), where the server runs in-process.
 */
public class MentorServerModule extends ServerModule {

	@Override
	protected void configure() {
		// ServerModule binds the registry already: a second bind() is an error (BindingAlreadySet), an override is not
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(LanguageServerImpl.class).to(MentorLanguageServer.class);
				bind(IResourceServiceProvider.Registry.class).toProvider(MentorLanguageRegistry.class);
			}
		}));
	}
}
