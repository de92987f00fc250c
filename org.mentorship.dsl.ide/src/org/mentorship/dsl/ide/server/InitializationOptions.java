package org.mentorship.dsl.ide.server;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.eclipse.lsp4j.InitializeParams;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's start-up options in {@code initializationOptions} (see docs/editor-services.md): what the client
 * asks of this start, beside the settings (EditorSettings).
 */
final class InitializationOptions {

	private InitializationOptions() {
	}

	/** The options as JSON, or null: a JsonObject from LSP4J, a Map from an in-process client. */
	static JsonObject of(InitializeParams params) {
		Object options = params.getInitializationOptions();
		if (options instanceof Map<?, ?> map) {
			JsonElement tree = new Gson().toJsonTree(map);
			return tree.isJsonObject() ? tree.getAsJsonObject() : null;
		}
		try {
			// by its text: a JsonObject from LSP4J, or from another copy of Gson (another bundle in Eclipse)
			return options == null ? null : JsonParser.parseString(options.toString()).getAsJsonObject();
		} catch (RuntimeException notAnObject) {
			return null;
		}
	}

	/** A boolean option: true only when given as true. */
	static boolean flag(InitializeParams params, String option) {
		JsonObject options = of(params);
		JsonElement value = options == null ? null : options.get(option);
		return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
	}

	/** A folder option: an absolute path or a file: URI, else null (a relative path would depend on the server's folder). */
	static Path folder(InitializeParams params, String option) {
		return folder(of(params), option);
	}

	/** The same from the options as JSON (what {@link InitializeAnswerCache} reads before any LSP4J class is loaded). */
	static Path folder(JsonObject options, String option) {
		JsonElement value = options == null ? null : options.get(option);
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()) {
			return null;
		}
		String given = value.getAsString().strip();
		try {
			Path path = given.startsWith("file:") ? Paths.get(java.net.URI.create(given)) : Paths.get(given);
			return path.isAbsolute() ? path.normalize() : null;
		} catch (RuntimeException notAPath) {
			return null;
		}
	}
}
