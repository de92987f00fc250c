package org.mentorship.studio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Files and folders into the workspace: a folder becomes a project (or is shown, if a project already holds it); a
 * file is opened where the workspace holds it, or linked into the project {@value #OTHER_FILES} first. The first start
 * of a workspace creates the project {@value #EXAMPLES} with the example agreements and opens complete.mentor.
 */
public final class StudioFiles {

	public static final String EXAMPLES = "Agreements";
	public static final String OTHER_FILES = "Other Files";
	public static final String FIRST_FILE = "complete.mentor";
	private static final String PLUGIN_ID = "org.mentorship.studio";
	private static final String EXAMPLES_CREATED = "examplesCreated";

	private StudioFiles() {
	}

	/** At workbench start: the first start's examples, then the files and folders of the command line. */
	static void startUp(List<Path> paths, StudioReport report) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PLUGIN_ID);
		boolean firstStart = !preferences.getBoolean(EXAMPLES_CREATED, false);
		if (!firstStart && paths.isEmpty()) {
			report.expect(List.of(), false);
			return;
		}
		// files only, in a workspace that exists: linking them is quick, so it happens at once on the UI thread (the
		// editors open without waiting for a job); folders (a project's first refresh) and the first start go to a job
		boolean now = !firstStart && paths.stream().allMatch(Files::isRegularFile);
		run(now, monitor -> {
			List<IResource> resources = new ArrayList<>();
			if (firstStart) {
				IFile first = createExamples(monitor);
				preferences.putBoolean(EXAMPLES_CREATED, true);
				try {
					preferences.flush();
				} catch (org.osgi.service.prefs.BackingStoreException e) {
					ILog.of(StudioFiles.class).error("Cannot store the preferences of Mentorship Studio", e);
				}
				if (paths.isEmpty() && first != null) {
					resources.add(first);
				}
			}
			resources.addAll(resolve(paths, monitor));
			return resources;
		}, resources -> {
			show(resources, false);
			report.expect(files(resources), !paths.isEmpty());
		});
	}

	/** Paths another start of Mentorship Studio handed over (any thread). */
	static void openFromOtherStart(List<Path> paths) {
		run(false, monitor -> resolve(paths, monitor), resources -> show(resources, true));
	}

	/** Files and folders the user chose (File > Open File / Open Folder). */
	public static void open(List<Path> paths) {
		run(false, monitor -> resolve(paths, monitor), resources -> show(resources, false));
	}

	private interface WorkspaceWork {
		List<IResource> run(IProgressMonitor monitor) throws CoreException;
	}

	private static void run(boolean now, WorkspaceWork work, Consumer<List<IResource>> then) {
		if (now) {
			List<List<IResource>> result = new ArrayList<>();
			try {
				ResourcesPlugin.getWorkspace().run(monitor -> result.add(work.run(monitor)),
						ResourcesPlugin.getWorkspace().getRoot(), IResource.NONE, null);
			} catch (CoreException e) {
				ILog.of(StudioFiles.class).log(e.getStatus());
			}
			then.accept(result.isEmpty() ? List.of() : result.get(0));
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Opening agreements") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<IResource> resources = work.run(monitor);
				Display display = PlatformUI.getWorkbench().getDisplay();
				if (!display.isDisposed()) {
					display.asyncExec(() -> then.accept(resources));
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(false);
		job.schedule();
	}

	private static List<IFile> files(List<IResource> resources) {
		List<IFile> files = new ArrayList<>();
		for (IResource resource : resources) {
			if (resource instanceof IFile file) {
				files.add(file);
			}
		}
		return files;
	}

	private static IFile createExamples(IProgressMonitor monitor) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLES);
		if (project.exists()) {
			return null; // the user's own project of that name: leave it alone
		}
		project.create(monitor);
		project.open(monitor);
		Bundle bundle = FrameworkUtil.getBundle(StudioFiles.class);
		Enumeration<URL> entries = bundle.findEntries("examples", "*.mentor", false);
		for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String path = entry.getPath();
			IFile file = project.getFile(path.substring(path.lastIndexOf('/') + 1));
			try (InputStream in = entry.openStream()) {
				file.create(in, true, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the example " + path, e));
			}
		}
		IFile first = project.getFile(FIRST_FILE);
		return first.exists() ? first : null;
	}

	private static List<IResource> resolve(List<Path> paths, IProgressMonitor monitor) {
		List<IResource> resources = new ArrayList<>();
		for (Path path : paths) {
			try {
				resources.add(Files.isDirectory(path) ? folder(path, monitor) : file(path, monitor));
			} catch (CoreException e) {
				ILog.of(StudioFiles.class).log(e.getStatus());
				error("Cannot open " + path + ":\n" + e.getStatus().getMessage());
			}
		}
		return resources;
	}

	/** The workspace file of the path, or a new link to it in the project {@value #OTHER_FILES}. */
	private static IFile file(Path path, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		for (IFile file : root.findFilesForLocationURI(path.toUri())) {
			if (file.isAccessible()) {
				return file;
			}
		}
		IProject project = root.getProject(OTHER_FILES);
		if (!project.exists()) {
			project.create(monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		IFile file = project.getFile(name);
		for (int n = 2; file.exists(); n++) { // a link of that name to another file
			file = project.getFile(stem + "-" + n + extension);
		}
		file.createLink(IPath.fromOSString(path.toString()), IResource.NONE, monitor);
		return file;
	}

	/** The workspace folder or project of the path, or a new project located there. */
	private static IContainer folder(Path path, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceRoot root = workspace.getRoot();
		for (IContainer container : root.findContainersForLocationURI(path.toUri())) {
			if (container.isAccessible() && container.getType() != IResource.ROOT) {
				return container;
			}
		}
		for (IProject project : root.getProjects()) {
			if (project.exists() && project.getLocation() != null
					&& path.equals(Path.of(project.getLocation().toOSString()))) {
				project.open(monitor); // a closed project of that folder
				return project;
			}
		}
		IProjectDescription description;
		Path dotProject = path.resolve(".project");
		if (Files.isRegularFile(dotProject)) {
			description = workspace.loadProjectDescription(IPath.fromOSString(dotProject.toString()));
		} else {
			description = workspace.newProjectDescription(path.getFileName() == null ? "Folder" : path.getFileName().toString());
		}
		String base = description.getName();
		IProject project = root.getProject(base);
		for (int n = 2; project.exists(); n++) {
			project = root.getProject(base + " (" + n + ")");
		}
		description.setName(project.getName());
		Path defaultLocation = Path.of(root.getLocation().toOSString()).resolve(project.getName());
		description.setLocation(path.equals(defaultLocation) ? null : IPath.fromOSString(path.toString()));
		IStatus valid = workspace.validateProjectLocation(project, description.getLocation());
		if (!valid.isOK()) {
			throw new CoreException(valid);
		}
		project.create(description, monitor);
		project.open(monitor);
		return project;
	}

	/** Opens the files in editors (the last one active) and shows folders in the Project Explorer. */
	private static void show(List<IResource> resources, boolean toFront) {
		IWorkbenchWindow window = window();
		if (window == null) {
			return;
		}
		if (toFront) {
			Shell shell = window.getShell();
			shell.setMinimized(false);
			shell.forceActive();
		}
		IWorkbenchPage page = window.getActivePage();
		for (IResource resource : resources) {
			if (resource instanceof IFile file && page != null) {
				try {
					IDE.openEditor(page, file, true);
				} catch (PartInitException e) {
					ILog.of(StudioFiles.class).log(e.getStatus());
				}
			} else {
				BasicNewResourceWizard.selectAndReveal(resource, window);
			}
		}
	}

	private static IWorkbenchWindow window() {
		var workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window;
	}

	private static void error(String message) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbenchWindow window = window();
			MessageDialog.openError(window == null ? null : window.getShell(), StudioApplication.NAME, message);
		});
	}
}
