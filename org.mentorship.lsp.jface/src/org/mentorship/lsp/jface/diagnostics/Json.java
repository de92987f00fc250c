package org.mentorship.lsp.jface.diagnostics;

import java.util.Map;

import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

import com.google.gson.Gson;

/** LSP objects to and from JSON the way LSP4J writes them (with its adapters for Either and enums), to keep them on markers. */
public final class Json {

	private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

	private Json() {
	}

	public static String write(Object value) {
		return GSON.toJson(value);
	}

	public static <T> T read(String json, Class<T> type) {
		return GSON.fromJson(json, type);
	}

	public static <T> T read(String json, java.lang.reflect.Type type) {
		return GSON.fromJson(json, type);
	}
}
