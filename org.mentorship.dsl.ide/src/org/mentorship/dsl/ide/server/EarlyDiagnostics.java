package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Content;
import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Key;
import org.mentorship.dsl.model.Today;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The last session's diagnostics ({@link LastSessionDiagnostics}) published by {@code mentor lsp}'s early start, right
 * after it answered initialize from the cache and before the server exists (the server needs over a second more):
 * the same check (the same key, every {@code .mentor} file of the workspace folder with the same SHA-256, and no
 * other), made without Xtext. The server's first build is then told what was shown ({@link #takeShown}), so that it
 * publishes only where its findings differ, as it does after publishing the cache itself.
 * <p>
 * Left to the server (which checks again and publishes as before): a folder whose files the early start does not
 * name as Xtext does (a path with characters a URI escapes), and everything the cache does not confirm.
 */
public final class EarlyDiagnostics {

	/** File paths whose URI is the path itself: Xtext's URI of such a file is the folder's URI followed by the path. */
	private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._~/-]+");

	/** What was published early, per project folder (its URI as the cache names it). One server per process. */
	private static final Map<String, Map<String, JsonArray>> SHOWN = new ConcurrentHashMap<>();

	private EarlyDiagnostics() {
	}

	/**
	 * The last session's diagnostics of the workspace folders of these initialize params, per folder whose cache holds
	 * (its URI as the cache names it), by file URI; empty if none holds.
	 */
	public static Map<String, Map<String, JsonArray>> lastSession(JsonObject initializeParams) {
		Map<String, Map<String, JsonArray>> found = new LinkedHashMap<>();
		JsonElement options = initializeParams.get("initializationOptions");
		Path cache = options != null && options.isJsonObject()
				? InitializationOptions.folder(options.getAsJsonObject(), LastSessionDiagnostics.OPTION)
				: null;
		if (cache == null) {
			return found;
		}
		Key key = new Key(Key.serverBuild(), today(options.getAsJsonObject()).toString());
		for (String folder : folders(initializeParams)) {
			String root = folder.endsWith("/") ? folder : folder + "/";
			Map<String, JsonArray> diagnostics = verified(cache, root, key);
			if (diagnostics != null) {
				found.put(root, diagnostics);
			}
		}
		return found;
	}

	/** The publishDiagnostics notifications of what {@link #lastSession} found, which count as shown from now on. */
	public static List<JsonObject> publish(Map<String, Map<String, JsonArray>> found) {
		List<JsonObject> notifications = new ArrayList<>();
		found.forEach((root, diagnostics) -> {
			SHOWN.put(root, diagnostics);
			diagnostics.forEach((uri, list) -> notifications.add(publication(uri, list)));
		});
		return notifications;
	}

	/** What the early start published for this project folder, once (null: nothing); the server's first build asks. */
	static Map<String, JsonArray> takeShown(String root) {
		return SHOWN.remove(root);
	}

	private static Map<String, JsonArray> verified(Path cache, String root, Key key) {
		try {
			Content content = DiagnosticsCacheFile.read(DiagnosticsCacheFile.of(cache, root), root);
			if (content == null || !content.files().keySet().stream().allMatch(path -> PLAIN_PATH.matcher(path).matches())) {
				return null;
			}
			Path base = DiagnosticsCacheFile.path(root);
			List<String> files;
			try (Stream<Path> walk = Files.walk(base)) { // every .mentor file, as Xtext's scan of the folder finds them
				files = walk.filter(file -> file.getFileName().toString().endsWith(".mentor") && Files.isRegularFile(file))
						.map(file -> root + base.relativize(file).toString().replace('\\', '/')).sorted().toList();
			}
			return DiagnosticsCacheFile.ifUnchanged(content, key, files);
		} catch (IOException | RuntimeException unusable) { // anything amiss: the server checks as before
			return null;
		}
	}

	/** The workspace folders' URIs, or the root's if there are none (as Xtext makes its projects). */
	private static List<String> folders(JsonObject params) {
		List<String> folders = new ArrayList<>();
		JsonElement workspaceFolders = params.get("workspaceFolders");
		if (workspaceFolders != null && workspaceFolders.isJsonArray()) {
			for (JsonElement folder : workspaceFolders.getAsJsonArray()) {
				String uri = folder.isJsonObject() ? DiagnosticsCacheFile.string(folder.getAsJsonObject(), "uri") : null;
				if (uri != null) {
					folders.add(uri);
				}
			}
		}
		String root = DiagnosticsCacheFile.string(params, "rootUri");
		if (folders.isEmpty() && root != null) {
			folders.add(root);
		}
		return folders;
	}

	/** The date the rules take as today at this start: the setting {@code today} (EditorSettings), else {@link Today}'s. */
	private static LocalDate today(JsonObject options) {
		JsonObject settings = options.has("mentor") && options.get("mentor").isJsonObject() ? options.getAsJsonObject("mentor")
				: options;
		String today = DiagnosticsCacheFile.string(settings, "today");
		try {
			return today == null || today.isBlank() ? LocalDate.now(new Today()) : LocalDate.parse(today.strip());
		} catch (DateTimeParseException notADate) {
			return LocalDate.now(new Today());
		}
	}

	private static JsonObject publication(String uri, JsonArray diagnostics) {
		JsonObject params = new JsonObject();
		params.addProperty("uri", uri);
		params.add("diagnostics", diagnostics);
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", "textDocument/publishDiagnostics");
		message.add("params", params);
		return message;
	}
}
