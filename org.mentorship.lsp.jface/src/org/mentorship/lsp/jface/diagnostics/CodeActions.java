package org.mentorship.lsp.jface.diagnostics;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.mentorship.lsp.jface.ServerConnection;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;

/**
 * The server's code actions for each marker, asked for once per publication (one request for all the file's
 * diagnostics) and kept on the marker as {@link #ATTRIBUTE}, so that Ctrl+1 in the editor and Quick Fix in the
 * Problems view list them at once, without a round trip on the UI thread. Preferred actions come first.
 */
public final class CodeActions {

	/** The marker's code actions (JSON array); absent until the server has answered. */
	public static final String ATTRIBUTE = "lspCodeActions";

	private static final Type LIST = new TypeToken<List<CodeAction>>() {
	}.getType();

	private final ServerConnection connection;

	CodeActions(ServerConnection connection) {
		this.connection = connection;
	}

	void fetch(String uri, Map<IMarker, Diagnostic> markers) {
		if (markers.isEmpty()) {
			return;
		}
		List<Diagnostic> diagnostics = new ArrayList<>(markers.values());
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri),
				new Range(new Position(0, 0), new Position(Integer.MAX_VALUE / 2, 0)), new CodeActionContext(diagnostics));
		connection.request(server -> server.getTextDocumentService().codeAction(params)).thenAccept(actions -> {
			Map<IMarker, List<CodeAction>> byMarker = new LinkedHashMap<>();
			markers.keySet().forEach(marker -> byMarker.put(marker, new ArrayList<>()));
			for (Either<Command, CodeAction> either : actions == null ? List.<Either<Command, CodeAction>>of() : actions) {
				if (either.isRight() && either.getRight().getDiagnostics() != null) {
					for (Diagnostic diagnostic : either.getRight().getDiagnostics()) {
						markers.forEach((marker, d) -> {
							if (d.equals(diagnostic)) {
								byMarker.get(marker).add(either.getRight());
							}
						});
					}
				}
			}
			store(byMarker);
		}).exceptionally(e -> {
			// cancelled: a newer text is being checked, and its diagnostics will ask again
			// or the workbench is closing and the server stopped
			if (!connection.isStopped() && !(e instanceof java.util.concurrent.CancellationException
					|| e.getCause() instanceof java.util.concurrent.CancellationException)) {
				connection.log("The server gave no quick fixes", e);
			}
			return null;
		});
	}

	/**
	 * Keeps the actions on the markers whose actions changed, in one workspace operation (one resource delta, so
	 * one update of the editor's annotations). A marker that is written to changes its annotation, which the editor
	 * then paints again: writing every marker at each keystroke restyled the text from the first marker to the last.
	 */
	private void store(Map<IMarker, List<CodeAction>> byMarker) {
		Map<IMarker, String> changed = new LinkedHashMap<>();
		byMarker.forEach((marker, actions) -> {
			String json = Json.write(preferredFirst(actions));
			if (marker.exists() && !sameActions(marker.getAttribute(ATTRIBUTE, null), json)) {
				changed.put(marker, json);
			}
		});
		if (changed.isEmpty()) {
			return;
		}
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				for (Map.Entry<IMarker, String> entry : changed.entrySet()) {
					if (entry.getKey().exists()) {
						entry.getKey().setAttribute(ATTRIBUTE, entry.getValue());
					}
				}
			}, null, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			connection.log("Could not keep the quick fixes on the markers", e);
		}
	}

	/**
	 * Whether two lists of actions (JSON) do the same. The document version the server puts into each edit is left
	 * out: it grows with every keystroke, and an edit is applied to the open document whatever its version.
	 */
	static boolean sameActions(String kept, String fresh) {
		return kept != null && withoutVersions(JsonParser.parseString(kept)).equals(withoutVersions(JsonParser.parseString(fresh)));
	}

	private static JsonElement withoutVersions(JsonElement element) {
		if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(CodeActions::withoutVersions);
		} else if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if (object.get("textDocument") instanceof JsonObject document) {
				document.remove("version");
			}
			object.entrySet().forEach(entry -> withoutVersions(entry.getValue()));
		}
		return element;
	}

	private static List<CodeAction> preferredFirst(List<CodeAction> actions) {
		List<CodeAction> sorted = new ArrayList<>(actions);
		sorted.sort(Comparator.comparing(action -> !Boolean.TRUE.equals(action.getIsPreferred())));
		return sorted;
	}

	/** The code actions kept on a marker, preferred first; empty if none or not yet known. */
	public static List<CodeAction> of(IMarker marker) {
		String json = marker.getAttribute(ATTRIBUTE, null);
		if (json == null) {
			return List.of();
		}
		List<CodeAction> actions = Json.read(json, LIST);
		return actions == null ? List.of() : actions;
	}
}
