package org.mentorship.lsp.jface.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * The server's diagnostics as Problems markers (type {@link #MARKER_TYPE}, a problem and text marker), for open
 * and closed files alike. The editor shows the markers of its file as annotations, so there is one source of
 * truth for squiggles, the ruler and the Problems view. Publications are coalesced per file and applied in a
 * background job, all of a file's changes in one workspace operation (one resource delta: one update of the
 * editor's annotations). Markers that did not change are kept (no flicker, no churn in the Problems view, nothing
 * for the editor to paint again): a problem is the same if its message, severity, code and line/column range
 * are, so typing above it (which moves its offsets, not its line and column) leaves it alone. After each update
 * the quick fixes of the markers are fetched ({@link CodeActions}), so Ctrl+1 never waits.
 */
public final class DiagnosticMarkers {

	public static final String MARKER_TYPE = "org.mentorship.lsp.jface.problem";
	/** The diagnostic's code (the language's issue code). */
	public static final String CODE = "code";
	/** The diagnostic as the server sent it (JSON), to ask the server for its code actions. */
	public static final String DIAGNOSTIC = "lspDiagnostic";
	/** The diagnostic's range as the server gave it (line:column-line:column, from 0): with the message, its identity. */
	static final String RANGE = "lspRange";

	private final ServerConnection connection;
	private final Map<String, List<Diagnostic>> pending = new LinkedHashMap<>();
	private final CodeActions codeActions;
	private final Job job;

	public DiagnosticMarkers(ServerConnection connection) {
		this.connection = connection;
		this.codeActions = new CodeActions(connection);
		this.job = Job.create("Updating problems (" + connection.label() + ")", this::run);
		job.setSystem(true);
	}

	public void update(String uri, List<Diagnostic> diagnostics) {
		if (connection.isStopped()) {
			return; // published while the workbench closes: the workspace may be gone before a job could run
		}
		synchronized (pending) {
			pending.put(uri, List.copyOf(diagnostics));
		}
		job.schedule(5);
	}

	/** Waits until every publication received so far is applied to the markers (for tests and benchmarks). */
	public void join() throws InterruptedException {
		job.join();
	}

	private IStatus run(IProgressMonitor monitor) {
		Map<String, List<Diagnostic>> todo;
		synchronized (pending) {
			todo = new LinkedHashMap<>(pending);
			pending.clear();
		}
		for (Map.Entry<String, List<Diagnostic>> entry : todo.entrySet()) {
			if (connection.isStopped()) {
				return Status.OK_STATUS; // the workbench is closing, and the workspace with it
			}
			Optional<IFile> file = Documents.file(entry.getKey());
			if (file.isEmpty() || !file.get().exists()) {
				continue;
			}
			try {
				Map<IMarker, Diagnostic> markers = apply(file.get(), entry.getKey(), entry.getValue());
				if (!connection.isStopped()) { // diagnostics published while the server stops (workbench closing)
					codeActions.fetch(entry.getKey(), markers);
				}
			} catch (CoreException e) {
				connection.log("Could not update the problems of " + file.get().getFullPath(), e);
			}
		}
		return Status.OK_STATUS;
	}

	private Map<IMarker, Diagnostic> apply(IFile file, String uri, List<Diagnostic> diagnostics) throws CoreException {
		Offsets offsets = offsets(file, uri);
		boolean open = Documents.openDocument(uri).isPresent();
		Map<IMarker, Diagnostic> result = new LinkedHashMap<>();
		ResourcesPlugin.getWorkspace().run(monitor -> {
			Map<Map<String, Object>, IMarker> existing = new HashMap<>();
			for (IMarker marker : file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
				existing.putIfAbsent(key(marker.getAttributes()), marker);
			}
			for (Diagnostic diagnostic : diagnostics) {
				Map<String, Object> attributes = attributes(diagnostic, offsets);
				IMarker marker = existing.remove(key(attributes));
				if (marker == null) {
					marker = file.createMarker(MARKER_TYPE, attributes);
				} else {
					// an open document's annotations follow its text; a closed file's markers are its only record
					List<String> names = open ? List.of(DIAGNOSTIC) : List.of(DIAGNOSTIC, IMarker.CHAR_START, IMarker.CHAR_END);
					for (String name : names) {
						if (!Objects.equals(marker.getAttribute(name), attributes.get(name))) {
							marker.setAttribute(name, attributes.get(name));
						}
					}
				}
				result.put(marker, diagnostic);
			}
			for (IMarker stale : existing.values()) {
				stale.delete();
			}
		}, null, IWorkspace.AVOID_UPDATE, null);
		return result;
	}

	private Map<String, Object> attributes(Diagnostic diagnostic, Offsets offsets) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, message(diagnostic));
		attributes.put(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
		attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
		int start = offsets.of(diagnostic.getRange().getStart());
		int end = Math.max(offsets.of(diagnostic.getRange().getEnd()), start);
		attributes.put(IMarker.CHAR_START, start);
		attributes.put(IMarker.CHAR_END, end == start ? Math.min(start + 1, Math.max(offsets.length(), start)) : end);
		attributes.put(IMarker.SOURCE_ID, connection.label());
		attributes.put(RANGE, range(diagnostic.getRange()));
		if (diagnostic.getCode() != null) {
			attributes.put(CODE, diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
					: String.valueOf(diagnostic.getCode().getRight()));
		}
		attributes.put(DIAGNOSTIC, Json.write(diagnostic));
		return attributes;
	}

	/** The message as text (LSP 3.18 allows markup; the Problems view shows plain text). */
	public static String message(Diagnostic diagnostic) {
		var message = diagnostic.getMessage();
		if (message == null) {
			return "";
		}
		return message.isLeft() ? message.getLeft() : message.getRight().getValue();
	}

	/** What makes two markers the same problem for the user (the diagnostic's JSON may differ in data). */
	private static Map<String, Object> key(Map<String, Object> attributes) {
		Map<String, Object> key = new HashMap<>();
		for (String name : List.of(IMarker.MESSAGE, IMarker.SEVERITY, RANGE, CODE)) {
			key.put(name, attributes.get(name));
		}
		return key;
	}

	private static String range(org.eclipse.lsp4j.Range range) {
		Position start = range.getStart();
		Position end = range.getEnd();
		return start.getLine() + ":" + start.getCharacter() + "-" + end.getLine() + ":" + end.getCharacter();
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	/** Offsets against the text the diagnostics were computed on: the open document, else the file on disk. */
	private static Offsets offsets(IFile file, String uri) throws CoreException {
		Optional<IDocument> document = Documents.openDocument(uri);
		if (document.isPresent()) {
			IDocument doc = document.get();
			return new Offsets() {
				@Override
				public int of(Position position) {
					try {
						return Documents.offset(doc, position);
					} catch (BadLocationException e) {
						return doc.getLength();
					}
				}

				@Override
				public int length() {
					return doc.getLength();
				}
			};
		}
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			text = "";
		}
		String content = text;
		return new Offsets() {
			@Override
			public int of(Position position) {
				return Documents.offset(content, position);
			}

			@Override
			public int length() {
				return content.length();
			}
		};
	}

	private interface Offsets {
		int of(Position position);

		int length();
	}
}
