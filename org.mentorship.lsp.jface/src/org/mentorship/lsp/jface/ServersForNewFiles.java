package org.mentorship.lsp.jface;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Starts a language's server when files of the language appear after the workbench started: a project created,
 * imported or opened later (a folder given on Mentorship Studio's command line, the first start's example project)
 * gets its Problems view entries without a file being opened. Listens until every language's server runs.
 */
final class ServersForNewFiles implements IResourceChangeListener {

	private final Set<ServerConnection> started;

	private ServersForNewFiles(Set<ServerConnection> started) {
		this.started = new HashSet<>(started);
	}

	/** Listens for the languages whose servers are not among {@code started}, if there are any. */
	static void watch(Set<ServerConnection> started) {
		if (started.size() < LanguageServers.all().size()) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(new ServersForNewFiles(started),
					IResourceChangeEvent.POST_CHANGE);
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<ServerConnection> needed = new HashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IProject project && project.isOpen() && (delta.getKind() == IResourceDelta.ADDED
						|| (delta.getFlags() & IResourceDelta.OPEN) != 0)) {
					project.accept(proxy -> { // a project opened: its files come in no delta of their own
						if (proxy.getType() == IResource.FILE) {
							LanguageServers.forFile((IFile) proxy.requestResource()).ifPresent(needed::add);
						}
						return true;
					}, IResource.NONE);
					return false;
				}
				if (resource instanceof IFile file && delta.getKind() == IResourceDelta.ADDED) {
					LanguageServers.forFile(file).ifPresent(needed::add);
				}
				return true;
			});
		} catch (CoreException e) {
			return; // a workspace that cannot be read: servers start when a file is opened
		}
		synchronized (this) {
			needed.removeAll(started);
			started.addAll(needed);
			if (started.size() >= LanguageServers.all().size()) {
				ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
			}
		}
		needed.forEach(ServerConnection::start);
	}
}
