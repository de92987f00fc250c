package org.mentorship.studio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;
import org.mentorship.lsp.jface.diagnostics.DiagnosticMarkers;
import org.osgi.service.event.EventHandler;

/**
 * A test hook for the smoke test and the start-up benchmark, off unless {@code -Dmentorship.studio.report=FILE} (or
 * {@code -} for stdout) is given. When the window is open and every file of the start is in an editor (and, for files
 * given on the command line, the language server has published the file's diagnostics and the editor shows every
 * resulting problem marker), it writes
 * <pre>
 * ready MS cpu MS   (milliseconds since the process started; CPU time used by then, all threads)
 * phases ...       (milliseconds since process start: application started, workbench up, editors opened)
 * menus NAME...     (the menu bar)
 * title TEXT        (the window title)
 * editor PATH       (each open editor, workspace path)
 * marker PATH:LINE: SEVERITY: MESSAGE   (each problem marker of the workspace)
 * </pre>
 * or {@code timeout} after 60 s. With {@code -Dmentorship.studio.report.close=MS} the workbench then closes itself
 * that many milliseconds later, with {@code -Dmentorship.studio.report.close=FILE} once FILE exists; either way the
 * normal way (editor state and workspace saved).
 */
final class StudioReport {

	/** Milliseconds since process start at the milestones of a start (written on the report's "phases" line). */
	static long applicationStarted;
	static long workbenchStarted;
	private static long filesOpened;

	private static final long TIMEOUT_MS = 60_000;
	/** A topic of our own, posted when a test asks to close: see {@link #close()}. */
	private static final String CLOSE_TOPIC = "org/mentorship/studio/report/close";

	private final IWorkbench workbench;
	private final String target;
	private List<IFile> files = List.of();
	private boolean markers;
	private long deadline;

	/** The number of diagnostics of the latest publication per document URI. */
	private final Map<String, Integer> published = new ConcurrentHashMap<>();

	private StudioReport(IWorkbench workbench, String target) {
		this.workbench = workbench;
		this.target = target;
		if (target != null) {
			for (ServerConnection connection : LanguageServers.all()) {
				connection.onDiagnostics((uri, diagnostics) -> published.put(Documents.path(uri).toString(),
						diagnostics.size()));
			}
		}
	}

	static StudioReport create(IWorkbench workbench) {
		return new StudioReport(workbench, System.getProperty("mentorship.studio.report"));
	}

	/** The files the start opens; whether to wait for their markers too. Called on the UI thread. */
	void expect(List<IFile> expected, boolean waitForMarkers) {
		if (target == null) {
			return;
		}
		filesOpened = sinceProcessStart();
		this.files = expected;
		this.markers = waitForMarkers;
		this.deadline = System.currentTimeMillis() + TIMEOUT_MS;
		workbench.getDisplay().asyncExec(this::poll);
	}

	private void poll() {
		Display display = workbench.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		if (!ready() && System.currentTimeMillis() < deadline) {
			display.timerExec(20, this::poll);
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add((ready() ? "ready " : "timeout ") + sinceProcessStart() + " cpu " + cpuMs());
		lines.add("phases application " + applicationStarted + " workbench " + workbenchStarted + " editors "
				+ filesOpened);
		IWorkbenchPage page = page();
		if (page != null && page.getWorkbenchWindow().getShell().getMenuBar() != null) {
			StringBuilder menus = new StringBuilder("menus");
			for (var item : page.getWorkbenchWindow().getShell().getMenuBar().getItems()) {
				menus.append(' ').append(item.getText().replace("&", ""));
			}
			lines.add(menus.toString());
			lines.add("title " + page.getWorkbenchWindow().getShell().getText());
		}
		if (page != null) {
			for (var reference : page.getEditorReferences()) {
				try {
					lines.add("editor " + (reference.getEditorInput() instanceof FileEditorInput input
							? input.getFile().getFullPath().toString() : reference.getEditorInput().getName()));
				} catch (org.eclipse.ui.PartInitException e) {
					lines.add("editor ? " + e.getMessage());
				}
			}
		}
		try {
			for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true,
					IResource.DEPTH_INFINITE)) {
				int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
				lines.add("marker " + marker.getResource().getFullPath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0)
						+ ": " + (severity == IMarker.SEVERITY_ERROR ? "error"
								: severity == IMarker.SEVERITY_WARNING ? "warning" : "info")
						+ ": " + marker.getAttribute(IMarker.MESSAGE, "") + code(marker));
			}
		} catch (CoreException e) {
			lines.add("markers ? " + e.getMessage());
		}
		write(lines);
		String close = System.getProperty("mentorship.studio.report.close");
		if (close != null && close.trim().matches("\\d+")) {
			display.timerExec(Integer.parseInt(close.trim()), this::close);
		} else if (close != null) {
			closeWhenExists(Path.of(close));
		}
	}

	/** Closes the workbench once the file exists (a test's way to say "done, close now"). */
	private void closeWhenExists(Path file) {
		Display display = workbench.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		if (Files.exists(file)) {
			close();
		} else {
			display.timerExec(100, () -> closeWhenExists(file));
		}
	}

	/**
	 * Closes the workbench once the events it posted while starting are delivered. It posts appStartupComplete to
	 * handlers that wait for the UI thread (syncExec); closing before they ran (a test closing right after ready on a
	 * loaded machine) disposed the display under them, an error in the workspace log. Posted events are delivered in
	 * order, so one posted now arrives after them.
	 */
	private void close() {
		IEventBroker broker = workbench.getService(IEventBroker.class);
		if (broker == null) {
			closeNow();
			return;
		}
		EventHandler[] barrier = new EventHandler[1];
		barrier[0] = event -> {
			broker.unsubscribe(barrier[0]);
			Display display = workbench.getDisplay();
			if (!display.isDisposed()) {
				display.asyncExec(this::closeNow);
			}
		};
		broker.subscribe(CLOSE_TOPIC, barrier[0]);
		broker.post(CLOSE_TOPIC, null);
	}

	private void closeNow() {
		if (!workbench.getDisplay().isDisposed() && !workbench.isClosing()) {
			workbench.close();
		}
	}

	private static String code(IMarker marker) {
		String code = marker.getAttribute(DiagnosticMarkers.CODE, null);
		if (Boolean.getBoolean("mentorship.studio.report.debug")) {
			try {
				return " " + marker.getAttributes();
			} catch (CoreException e) {
				return " ?";
			}
		}
		return code == null ? "" : " [" + code + "]";
	}

	private boolean ready() {
		IWorkbenchPage page = page();
		if (page == null || !page.getWorkbenchWindow().getShell().isVisible()) {
			return false;
		}
		for (IFile file : files) {
			IEditorPart editor = page.findEditor(new FileEditorInput(file));
			if (editor == null) {
				return false;
			}
			if (markers && !showsMarkers(editor, file)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The server has published the file's diagnostics, they are markers, and the editor shows every one of them (a
	 * file without problems is ready once its empty publication arrived).
	 */
	private boolean showsMarkers(IEditorPart editor, IFile file) {
		Integer count = file.getLocation() == null ? null
				: published.get(Path.of(file.getLocation().toOSString()).normalize().toString());
		if (count == null || !(editor instanceof ITextEditor text) || text.getDocumentProvider() == null) {
			return false;
		}
		IMarker[] found;
		try {
			found = file.findMarkers(DiagnosticMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return false;
		}
		if (found.length != count) {
			return false;
		}
		IAnnotationModel model = text.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (model == null) {
			return false;
		}
		Set<IMarker> shown = new HashSet<>();
		for (Iterator<?> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation) {
				shown.add(annotation.getMarker());
			}
		}
		return shown.containsAll(Arrays.asList(found));
	}

	private IWorkbenchPage page() {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getActivePage();
	}

	/** CPU time of the whole process so far (all threads), in milliseconds. */
	private static long cpuMs() {
		return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
	}

	static long sinceProcessStart() {
		Instant start = ProcessHandle.current().info().startInstant()
				.orElse(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
		return System.currentTimeMillis() - start.toEpochMilli();
	}

	private void write(List<String> lines) {
		if ("-".equals(target)) {
			lines.forEach(System.out::println);
			System.out.flush();
			return;
		}
		try {
			Files.write(Path.of(target), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			System.err.println("mentorship-studio: cannot write the report " + target + ": " + e);
		}
	}
}
