package org.mentorship.lsp.jface.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * Changes on disk, from the workspace's resource deltas: files of the server's content type created, changed
 * (saved, pulled, fixed in the Problems view) or deleted become didChangeWatchedFiles; projects opened or
 * closed become workspace folders added or removed.
 */
public final class WatchedFiles implements IResourceChangeListener {

	private final ServerConnection connection;
	/** The folders the server has, by project name: a removed project no longer knows its location. */
	private final Map<String, WorkspaceFolder> folders = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Files changed after the server read its folders and before it answered {@code initialize}: sent once it has;
	 * null from then on (changes are sent as they come).
	 */
	private List<FileEvent> beforeStart = new ArrayList<>();

	public WatchedFiles(ServerConnection connection) {
		this.connection = connection;
	}

	/**
	 * Listens to the workspace before the server is asked {@code initialize} (which reads the folders' files): a file
	 * saved or made while it answers (Studio starts its server with the workbench) is then kept for {@link #start}.
	 */
	public void listen() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	/**
	 * @param initialized the folders the server got with {@code initialize}: projects opened or closed since (the
	 *        server can start while the workbench is still creating the first start's project) are sent now, then
	 *        the files changed meanwhile
	 */
	public void start(List<WorkspaceFolder> initialized) {
		List<FileEvent> early;
		synchronized (this) {
			early = beforeStart;
			beforeStart = null; // from here the listener sends projects and files itself
		}
		// a project that appears meanwhile is seen by the listener or below, once (folders decides)
		Map<String, WorkspaceFolder> known = new HashMap<>();
		initialized.forEach(folder -> known.put(folder.getName(), folder));
		known.forEach(folders::putIfAbsent);
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		Set<String> open = new HashSet<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			WorkspaceFolder folder = Documents.workspaceFolder(project);
			if (folder != null) {
				open.add(project.getName());
				if (!known.containsKey(project.getName()) && folders.putIfAbsent(project.getName(), folder) == null) {
					added.add(folder);
				}
			}
		}
		known.forEach((name, folder) -> {
			if (!open.contains(name) && folders.remove(name, folder)) {
				removed.add(folder);
			}
		});
		if (!added.isEmpty() || !removed.isEmpty()) {
			connection.notify(server -> server.getWorkspaceService().didChangeWorkspaceFolders(
					new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed))));
		}
		if (early != null && !early.isEmpty()) {
			connection.notify(server -> server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(early)));
		}
	}

	public void stop() {
		try {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		} catch (IllegalStateException closed) {
			// the workspace closed first (the workbench is shutting down): it has no listener left to remove
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		boolean started;
		synchronized (this) {
			started = beforeStart == null;
		}
		List<FileEvent> files = new ArrayList<>();
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> visit(delta, started, files, added, removed));
		} catch (CoreException e) {
			connection.log("Could not read a workspace change", e);
		}
		synchronized (this) {
			if (beforeStart != null) {
				beforeStart.addAll(files); // projects: start() compares them with initialize's folders
				return;
			}
		}
		if (!added.isEmpty() || !removed.isEmpty()) {
			DidChangeWorkspaceFoldersParams params = new DidChangeWorkspaceFoldersParams(
					new WorkspaceFoldersChangeEvent(added, removed));
			connection.notify(server -> server.getWorkspaceService().didChangeWorkspaceFolders(params));
		}
		if (!files.isEmpty()) {
			DidChangeWatchedFilesParams params = new DidChangeWatchedFilesParams(files);
			connection.notify(server -> server.getWorkspaceService().didChangeWatchedFiles(params));
		}
	}

	private boolean visit(IResourceDelta delta, boolean started, List<FileEvent> files, List<WorkspaceFolder> added,
			List<WorkspaceFolder> removed) {
		IResource resource = delta.getResource();
		if (resource instanceof IProject project) {
			if (!started) { // start() compares the projects with initialize's folders; a new one is read whole
				return delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.OPEN) == 0;
			}
			return project(delta, project, added, removed);
		}
		if (resource instanceof IFile file && connection.serves(Documents.contentType(file).orElse(null))) {
			FileChangeType type = switch (delta.getKind()) {
			case IResourceDelta.ADDED -> FileChangeType.Created;
			case IResourceDelta.REMOVED -> FileChangeType.Deleted;
			default -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
					? FileChangeType.Changed : null;
			};
			// a removed file has no location any more: take it from its project's
			var location = resource.getLocationURI() != null ? resource.getLocationURI()
					: resource.getProject().getLocationURI() == null ? null
							: resource.getProject().getLocationURI().resolve(resource.getProjectRelativePath().toString());
			if (type != null && location != null) {
				files.add(new FileEvent(Documents.uri(location), type));
			}
		}
		return true;
	}

	private boolean project(IResourceDelta delta, IProject project, List<WorkspaceFolder> added,
			List<WorkspaceFolder> removed) {
		boolean openChanged = (delta.getFlags() & IResourceDelta.OPEN) != 0;
		if (delta.getKind() == IResourceDelta.ADDED || (openChanged && project.isOpen())) {
			WorkspaceFolder folder = Documents.workspaceFolder(project);
			if (folder != null && folders.putIfAbsent(project.getName(), folder) == null) {
				added.add(folder);
			}
			return false; // the server reads a new folder itself
		}
		if (delta.getKind() == IResourceDelta.REMOVED || (openChanged && !project.isOpen())) {
			WorkspaceFolder folder = folders.remove(project.getName());
			if (folder != null) {
				removed.add(folder);
			}
			return false;
		}
		return true;
	}
}
