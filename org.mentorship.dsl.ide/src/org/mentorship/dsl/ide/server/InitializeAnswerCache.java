package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Key;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The server's last answer to {@code initialize}, kept in the client's cache folder (the initialization option
 * {@code cacheFolder}, as for {@link LastSessionDiagnostics}) so that {@code mentor lsp} can answer a later start's
 * initialize from it before the server exists: starting the server takes over a second of CPU, while the answer only
 * lists its capabilities, which depend on nothing but the server's build and the request's params.
 * <p>
 * The answer holds for exactly the same build and the same params, but for the fields every start changes
 * ({@link #PER_START}): another client, client version, capability, root, folder or option misses it. One file per
 * cache folder ({@value #FILE_NAME}), written as the diagnostics cache is (one rename, links replaced, not followed):
 *
 * <pre>
 * {"format": "mentor-initialize-1", "server": "...", "params": "&lt;SHA-256&gt;", "result": {"capabilities": ...}}
 * </pre>
 *
 * Needs no Xtext, EMF, Guice or LSP4J class: it runs before the server is made.
 */
public final class InitializeAnswerCache {

	static final String FORMAT = "mentor-initialize-1";
	static final String FILE_NAME = "initialize-answer.json";

	/** The params' fields that differ at every start and say nothing about the answer. */
	static final List<String> PER_START = List.of("processId", "workDoneToken");

	private final Path file;
	private final String server;
	private final String params;

	private InitializeAnswerCache(Path file, String server, String params) {
		this.file = file;
		this.server = server;
		this.params = params;
	}

	/** The cache of a start with these initialize params, or null when they name no cache folder (nothing is kept). */
	public static InitializeAnswerCache of(JsonObject initializeParams) {
		JsonElement options = initializeParams == null ? null : initializeParams.get("initializationOptions");
		Path folder = options != null && options.isJsonObject()
				? InitializationOptions.folder(options.getAsJsonObject(), LastSessionDiagnostics.OPTION)
				: null;
		if (folder == null) {
			return null;
		}
		JsonObject kept = initializeParams.deepCopy();
		PER_START.forEach(kept::remove);
		String hash = DiagnosticsCacheFile.sha256(kept.toString().getBytes(StandardCharsets.UTF_8));
		return new InitializeAnswerCache(folder.resolve(FILE_NAME), Key.serverBuild(), hash);
	}

	/** The result this build answered last for the same params, or null (none, another key, anything amiss). */
	public JsonObject lastAnswer() {
		JsonObject json = DiagnosticsCacheFile.readJson(file);
		if (json == null || !FORMAT.equals(DiagnosticsCacheFile.string(json, "format"))
				|| !server.equals(DiagnosticsCacheFile.string(json, "server"))
				|| !params.equals(DiagnosticsCacheFile.string(json, "params"))) {
			return null;
		}
		JsonElement result = json.get("result");
		return result != null && result.isJsonObject() ? result.getAsJsonObject() : null;
	}

	/** Keeps the server's answer for the next start with the same build and params (replacing the one kept). */
	public void keep(JsonObject result) throws IOException {
		JsonObject json = new JsonObject();
		json.addProperty("format", FORMAT);
		json.addProperty("server", server);
		json.addProperty("params", params);
		json.add("result", result);
		DiagnosticsCacheFile.write(file, json.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** No answer is kept (the server answered with an error): the next start asks the server again. */
	public void forget() throws IOException {
		Files.deleteIfExists(file);
	}

	/** The file the answer is kept in (for messages and tests). */
	public Path file() {
		return file;
	}
}
