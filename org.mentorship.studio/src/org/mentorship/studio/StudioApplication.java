package org.mentorship.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Mentorship Studio: {@code [-data WORKSPACE] [FILE|FOLDER...]}. Without {@code -data} the workspace is a per-user
 * folder ({@link Workspaces#defaultLocation()}). When another Mentorship Studio already holds the workspace, the
 * files and folders are handed to it ({@link Handoff}) and this process ends; the workspace is never opened twice.
 */
public class StudioApplication implements IApplication {

	public static final String NAME = "Mentorship Studio";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StudioReport.applicationStarted = StudioReport.sinceProcessStart();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<Path> paths = new ArrayList<>();
		for (String arg : args == null ? new String[0] : args) {
			if (arg.startsWith("-")) {
				continue; // options of the platform that the launcher passed on (e.g. -showlocation)
			}
			Path path = Path.of(arg).toAbsolutePath().normalize();
			if (Files.exists(path)) {
				paths.add(path);
			} else {
				System.err.println("mentorship-studio: no such file or folder: " + arg);
			}
		}

		Location instance = Platform.getInstanceLocation();
		if (!instance.isSet()) {
			Path workspace = Workspaces.defaultLocation();
			Files.createDirectories(workspace);
			instance.set(workspace.toUri().toURL(), false);
		}
		Path workspace = Workspaces.path(instance);
		if (!instance.lock()) {
			return handOff(workspace, paths);
		}
		Handoff handoff = null;
		try {
			handoff = Handoff.serve(workspace);
		} catch (IOException e) {
			// a second start will then say that the workspace is in use instead of handing files over
			System.err.println("mentorship-studio: cannot accept files from later starts: " + e);
		}

		EarlyServerStart.begin(); // the workspace is ours now: its server can start while the window is built
		Display.setAppName(NAME);
		Display display = PlatformUI.createDisplay();
		try {
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(paths, handoff));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			if (handoff != null) {
				handoff.close();
			}
			display.dispose();
			instance.release();
		}
	}

	/** The workspace is locked: give the paths to the Mentorship Studio that holds it, or say clearly why not. */
	private static Object handOff(Path workspace, List<Path> paths) {
		if (Handoff.send(workspace, paths)) {
			System.out.println("mentorship-studio: already running with the workspace " + workspace
					+ (paths.isEmpty() ? "; its window was brought to the front." : "; opened there: " + paths));
			return IApplication.EXIT_OK;
		}
		String message = "The workspace " + workspace + " is in use by another program (an Eclipse, or a Mentorship "
				+ "Studio that does not answer). Close it, or start with -data and another folder.";
		System.err.println("mentorship-studio: " + message);
		if (!GraphicsCheck.headless()) {
			try {
				Display.setAppName(NAME);
				Display display = new Display();
				Shell shell = new Shell(display);
				MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
				box.setText(NAME);
				box.setMessage(message);
				box.open();
				display.dispose();
			} catch (RuntimeException | LinkageError e) {
				// no display: the message on stderr has to do
			}
		}
		return Integer.valueOf(1);
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	/** No dialog when nothing can show it (e.g. a terminal without a display). */
	static final class GraphicsCheck {
		static boolean headless() {
			String os = System.getProperty("os.name", "").toLowerCase();
			if (os.contains("win") || os.contains("mac")) {
				return false;
			}
			return System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
		}
	}
}
