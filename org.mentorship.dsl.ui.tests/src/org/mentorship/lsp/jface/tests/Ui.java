package org.mentorship.lsp.jface.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Test helpers for the UI thread: wait for a condition while the display keeps dispatching events (the
 * language server answers on its own threads and comes back with asyncExec), and make workspace files.
 */
public final class Ui {

	public static final long TIMEOUT_MS = 30_000;

	private Ui() {
	}

	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, TIMEOUT_MS);
	}

	public static void waitUntil(String what, BooleanSupplier condition, long timeoutMs) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("Timed out after " + timeoutMs + " ms waiting for: " + what);
			}
			if (display == null || !display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	/** Lets pending UI events run for a while (e.g. to show that something does NOT happen). */
	public static void dispatchFor(long ms) {
		long end = System.currentTimeMillis() + ms;
		waitUntil("time to pass", () -> System.currentTimeMillis() > end, ms + 1000);
	}

	public static <T> T get(String what, CompletableFuture<T> future) {
		waitUntil(what, future::isDone);
		return future.join();
	}

	public static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		return project;
	}

	public static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.FORCE, null);
		} else {
			file.create(content, IResource.FORCE, null);
		}
		return file;
	}

	public static String read(IFile file) throws Exception {
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
