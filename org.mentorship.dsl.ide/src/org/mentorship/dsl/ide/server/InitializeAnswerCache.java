package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Key;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The server's last answer to {@code initialize}, kept in the client's cache folder (the initialization option
 * {@code cacheFolder}, as for {@link LastSessionDiagnostics}) and in the folder all its workspaces share (the option
 * {@code sharedCacheFolder}, {@link SharedInitializeAnswers}), so that {@code mentor lsp} can answer a later start's
 * initialize from it before the server exists: starting the server takes over a second of CPU, while the answer only
 * lists its capabilities, which depend on nothing but the server's build and the request's params.
 * <p>
 * In the workspace's folder the answer holds for exactly the same build and the same params, but for the fields every
 * start changes ({@link #PER_START}): another client, client version, capability, root, folder or option misses it.
 * One file per cache folder ({@value #FILE_NAME}). In the shared folder it holds for the same params but for the
 * workspace's too, one file per key. Both are written as the diagnostics cache is (one rename, links replaced, not
 * followed):
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

	/** One file an answer is kept in, and the hash of the params it holds for. */
	private record Place(Path file, String params, boolean shared) {
	}

	private final String server;
	/** The workspace's file first (its own answer, if any, wins), then the shared one. */
	private final List<Place> places;

	private InitializeAnswerCache(String server, List<Place> places) {
		this.server = server;
		this.places = places;
	}

	/** The cache of a start with these initialize params, or null when they name no cache folder (nothing is kept). */
	public static InitializeAnswerCache of(JsonObject initializeParams) {
		JsonElement options = initializeParams == null ? null : initializeParams.get("initializationOptions");
		JsonObject given = options != null && options.isJsonObject() ? options.getAsJsonObject() : null;
		Path folder = InitializationOptions.folder(given, LastSessionDiagnostics.OPTION);
		Path shared = InitializationOptions.folder(given, SharedInitializeAnswers.OPTION);
		if (folder == null && shared == null) {
			return null;
		}
		JsonObject kept = initializeParams.deepCopy();
		PER_START.forEach(kept::remove);
		String server = Key.serverBuild();
		List<Place> places = new ArrayList<>();
		if (folder != null) {
			places.add(new Place(folder.resolve(FILE_NAME), hash(kept), false));
		}
		if (shared != null) {
			String params = hash(SharedInitializeAnswers.key(kept));
			places.add(new Place(SharedInitializeAnswers.file(shared, server, params), params, true));
		}
		return new InitializeAnswerCache(server, List.copyOf(places));
	}

	private static String hash(JsonObject params) {
		return DiagnosticsCacheFile.sha256(params.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The result this build answered last for the same params, or null (none, another key, anything amiss). */
	public JsonObject lastAnswer() {
		for (Place place : places) {
			JsonObject answer = answerIn(place);
			if (answer != null) {
				return answer;
			}
		}
		return null;
	}

	private JsonObject answerIn(Place place) {
		JsonObject json = DiagnosticsCacheFile.readJson(place.file());
		if (json == null || !FORMAT.equals(DiagnosticsCacheFile.string(json, "format"))
				|| !server.equals(DiagnosticsCacheFile.string(json, "server"))
				|| !place.params().equals(DiagnosticsCacheFile.string(json, "params"))) {
			return null;
		}
		JsonElement result = json.get("result");
		return result != null && result.isJsonObject() ? result.getAsJsonObject() : null;
	}

	/**
	 * Keeps the server's answer for the next start with the same build and params, in every folder that does not
	 * hold it yet (replacing what it holds; a start answered from the shared folder leaves it in the workspace's too).
	 */
	public void keep(JsonObject result) throws IOException {
		for (Place place : places) {
			if (result.equals(answerIn(place))) {
				continue; // already there: no write at every start
			}
			JsonObject json = new JsonObject();
			json.addProperty("format", FORMAT);
			json.addProperty("server", server);
			json.addProperty("params", place.params());
			json.add("result", result);
			DiagnosticsCacheFile.write(place.file(), json.toString().getBytes(StandardCharsets.UTF_8));
			if (place.shared()) {
				SharedInitializeAnswers.prune(place.file().getParent(), place.file());
			}
		}
	}

	/** No answer is kept (the server answered with an error): the next start asks the server again. */
	public void forget() throws IOException {
		for (Place place : places) {
			Files.deleteIfExists(place.file());
		}
	}

	/** The files the answer is kept in, the workspace's first (for messages and tests). */
	public List<Path> files() {
		return places.stream().map(Place::file).toList();
	}

	/** The first file the answer is kept in: the workspace's if there is one. */
	public Path file() {
		return places.get(0).file();
	}
}
