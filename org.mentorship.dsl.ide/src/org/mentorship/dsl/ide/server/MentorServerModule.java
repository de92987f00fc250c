package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's server module with {@link MentorLanguageServer} (selection ranges, checked initialize and rename) in
 * place of its LanguageServerImpl, {@link GuardedRequestManager} in place of its RequestManager,
 * {@link MentorWorkspaceManager} (documents counting every line end) in place of its WorkspaceManager,
 * {@link TypingBuilder} (the fast checks after a keystroke, see {@link PausedChecks}) in place of its builder,
 * {@link MentorProjectManager} (the first build on every core) in place of its ProjectManager, and the
 * language registered directly ({@link MentorLanguageRegistry}) instead of through {@code META-INF/services},
 * which only a flat class path can see: the same module then works in the {@code mentor} jar and inside
 * Eclipse (OSGi), where the server runs in-process.
 */
public class MentorServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(LanguageServerImpl.class).to(MentorLanguageServer.class);
			// every request's failure answered in words, never logged with the document (see GuardedRequestManager)
			binder.bind(RequestManager.class).to(GuardedRequestManager.class);
			// positions count "\n", "\r\n" and a lone "\r" as line ends, as editors do (see LineEndingDocument)
			binder.bind(WorkspaceManager.class).to(MentorWorkspaceManager.class);
			// after a keystroke only the fast checks; the others after a pause in typing (see PausedChecks)
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(TypingBuilder.class);
			// a keystroke that declares no name leaves the document's exported names as they were
			binder.bind(Indexer.class).to(KeptNamesIndexer.class);
			// the first build on every core, the editor's open documents first (see FirstBuild)
			binder.bind(ProjectManager.class).to(MentorProjectManager.class);
			binder.bind(IResourceServiceProvider.Registry.class).toProvider(MentorLanguageRegistry.class);
		}));
	}
}
