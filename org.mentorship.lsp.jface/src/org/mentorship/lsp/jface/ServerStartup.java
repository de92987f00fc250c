package org.mentorship.lsp.jface;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * At workbench start (in the background): from now on, opening a document of a language starts its server
 * ({@link ServedBuffers}); and every language whose files the open projects hold gets its server,
 * so the Problems view lists the findings of files nobody has opened; files of a language that appear later
 * start its server too ({@link ServersForNewFiles}). Servers are stopped with the workbench.
 */
public class ServerStartup implements IStartup {

	@Override
	public void earlyStartup() {
		ServedBuffers.watch();
		// documents opened before this ran (editors restored with the workbench)
		for (var buffer : org.eclipse.core.filebuffers.FileBuffers.getTextFileBufferManager().getFileBuffers()) {
			if (buffer instanceof org.eclipse.core.filebuffers.ITextFileBuffer text) {
				LanguageServers.forDocument(text.getDocument()).ifPresent(ServerConnection::start);
			}
		}
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				LanguageServers.stopAll();
			}
		});
		Set<ServerConnection> needed = new HashSet<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (proxy.getType() == IResource.FILE) {
					IFile file = (IFile) proxy.requestResource();
					LanguageServers.forFile(file).ifPresent(needed::add);
				}
				return needed.size() < LanguageServers.all().size();
			}, IResource.NONE);
		} catch (CoreException e) {
			// a workspace that cannot be read: servers start when a file is opened
		}
		needed.forEach(ServerConnection::start);
		ServersForNewFiles.watch(needed);
	}
}
