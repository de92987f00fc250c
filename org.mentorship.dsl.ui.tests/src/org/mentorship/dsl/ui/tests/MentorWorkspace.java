package org.mentorship.dsl.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.mentorship.dsl.ui.MentorUi;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;
import org.mentorship.lsp.jface.diagnostics.DiagnosticMarkers;
import org.mentorship.lsp.jface.tests.Ui;

/** A project with the example agreements, and ways to wait for the Mentor server's verdict on a file. */
final class MentorWorkspace {

	static final Path EXAMPLES = Path.of(System.getProperty("mentor.examples", "../examples"));
	private static final Map<Path, Integer> PUBLISHED = new ConcurrentHashMap<>();
	private static boolean listening;

	private MentorWorkspace() {
	}

	static String example(String name) throws Exception {
		return Files.readString(EXAMPLES.resolve(name));
	}

	/** A file of the project holding minimal.mentor's text under an agreement id of its own (ids are unique across files). */
	static IFile agreement(IProject project, String name, String text) throws Exception {
		return Ui.file(project, name, text.replace("sam-lee-2027", name.replace(".mentor", "")));
	}

	static IProject agreements() throws Exception {
		IProject project = Ui.project("Agreements");
		try (var files = Files.list(EXAMPLES)) {
			for (Path example : files.filter(f -> f.toString().endsWith(".mentor")).toList()) {
				IFile file = project.getFile(example.getFileName().toString());
				if (!file.exists()) {
					Ui.file(project, file.getName(), Files.readString(example));
				}
			}
		}
		return project;
	}

	static ServerConnection server() {
		ServerConnection server = LanguageServers.all().stream().filter(c -> c.id().equals(MentorUi.SERVER_ID)).findFirst()
				.orElseThrow(() -> new AssertionError("the Mentor language server is not contributed"));
		synchronized (MentorWorkspace.class) {
			if (!listening) {
				server.onDiagnostics((uri, diagnostics) -> PUBLISHED.merge(Documents.path(uri), 1, Integer::sum));
				listening = true;
			}
		}
		server.start();
		return server;
	}

	/** How often the server has published diagnostics for the file so far. */
	static int publications(IFile file) {
		server();
		return PUBLISHED.getOrDefault(Path.of(file.getLocationURI()).normalize(), 0);
	}

	/** Waits for a publication after the given count, then until the markers reflect it. */
	static void awaitPublication(IFile file, int after) throws Exception {
		Ui.waitUntil("diagnostics of " + file.getName(), () -> publications(file) > after);
		server().markers().join();
		Ui.dispatchFor(50);
	}

	static IMarker[] markers(IFile file) throws CoreException {
		return file.findMarkers(DiagnosticMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
	}

	static IMarker markerWithCode(IFile file, String code) throws Exception {
		Ui.waitUntil("a marker " + code + " on " + file.getName(), () -> {
			try {
				return find(file, code) != null;
			} catch (CoreException e) {
				return false;
			}
		});
		return find(file, code);
	}

	private static IMarker find(IFile file, String code) throws CoreException {
		for (IMarker marker : markers(file)) {
			if (code.equals(marker.getAttribute(DiagnosticMarkers.CODE, ""))) {
				return marker;
			}
		}
		return null;
	}

	static List<String> codes(IFile file) throws CoreException {
		List<String> codes = new ArrayList<>();
		for (IMarker marker : markers(file)) {
			codes.add(marker.getAttribute(DiagnosticMarkers.CODE, "") + "@" + marker.getAttribute(IMarker.LINE_NUMBER, -1));
		}
		return codes;
	}
}
