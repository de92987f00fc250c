package org.mentorship.cli.lsp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.mentorship.dsl.ide.server.EarlyDiagnostics;
import org.mentorship.dsl.ide.server.InitializeAnswerCache;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The first thing {@code mentor lsp} does, before the command line, the server or the language are set up (over a
 * second of CPU, docs/benchmarks.md): it reads the editor's first message and, if it is an initialize request whose
 * params name a cache folder holding this build's answer to the same params, or a shared folder holding its answer
 * to the same params on any workspace ({@link InitializeAnswerCache}), answers
 * it at once with that result, followed, once the editor has sent {@code initialized}, by the last session's diagnostics if they hold
 * ({@link EarlyDiagnostics}).
 * The server is then started as always and reads the same initialize request first,
 * then the rest of stdin (where whatever the editor sent meanwhile, even shutdown or exit, waits for it); its own
 * answer to initialize is dropped by {@link InitializeAnswerFilter}, and kept for the next start. In any other case
 * (no cache folder, no answer kept, other params, another build, a first message that is not a clean initialize) the
 * server gets the bytes read and answers itself, as before; its answer is kept when there is a cache folder.
 * <p>
 * Loads only Gson and java.base (and the cache's class), so that the answer comes about 150 ms after the JVM starts.
 */
public final class InitializeFromCache {

	/** The streams the server is to use: stdin with the bytes read put back, stdout with the filter if any. */
	public record Streams(InputStream in, OutputStream out) {
	}

	/** The streams of this process's start, if its first message was read in main (see {@link #startIfServing}). */
	private static volatile Streams started;

	private InitializeFromCache() {
	}

	/**
	 * Called first thing in main: for {@code mentor lsp} as an editor runs it (no other option than LspCommand's
	 * {@code --log}) reads the first message from stdin, perhaps answers it on stdout, and keeps the streams the server
	 * is to use for {@link #takeStarted}. Nothing happens for any other command line. Here rather than in LspCommand:
	 * loading that class loads log4j and LSP4J's launcher types.
	 */
	public static void startIfServing(String... args) {
		boolean serving = args.length > 0 && args[0].equals("lsp") && (args.length == 1
				|| args.length == 2 && args[1].startsWith("--log=") || args.length == 3 && args[1].equals("--log"));
		if (serving) {
			started = start(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), System.err);
		}
	}

	/** The streams {@link #startIfServing} left for the server, once; null if it read nothing. */
	public static Streams takeStarted() {
		Streams streams = started;
		started = null;
		return streams;
	}

	/**
	 * Reads the first message from {@code in} and answers it on {@code out} if the cache holds the answer; returns the
	 * streams the server must be connected to. Never throws: whatever goes wrong, the server gets every byte read.
	 */
	public static Streams start(InputStream in, OutputStream out, PrintStream err) {
		FirstFrame.Read first = FirstFrame.from(in);
		InputStream server = new SequenceInputStream(new ByteArrayInputStream(first.consumed()), in);
		JsonObject message = first.message();
		JsonElement id = message == null ? null : message.get("id");
		JsonElement params = message == null ? null : message.get("params");
		if (!isInitialize(message) || id == null || !id.isJsonPrimitive() || id.getAsJsonPrimitive().isBoolean()
				|| params == null || !params.isJsonObject()) {
			return new Streams(server, out);
		}
		InitializeAnswerCache cache;
		JsonObject answer;
		try {
			cache = InitializeAnswerCache.of(params.getAsJsonObject());
			answer = cache == null ? null : cache.lastAnswer();
		} catch (RuntimeException unusable) { // the cache is only a cache
			return new Streams(server, out);
		}
		if (cache == null) {
			return new Streams(server, out); // no cache folder: nothing to read, nothing to keep
		}
		if (answer != null && !write(out, List.of(response(id, answer)))) {
			answer = null; // not written: the server's own answer goes to the editor
		} else if (answer != null) {
			byte[] next = lastSession(in, out, params.getAsJsonObject());
			server = new SequenceInputStream(new ByteArrayInputStream(first.consumed()),
					new SequenceInputStream(new ByteArrayInputStream(next), in));
		}
		return new Streams(server, new InitializeAnswerFilter(out, id, cache, answer, err));
	}

	private static boolean isInitialize(JsonObject message) {
		JsonElement method = message == null ? null : message.get("method");
		return method != null && method.isJsonPrimitive() && "initialize".equals(method.getAsString());
	}

	private static JsonObject response(JsonElement id, JsonObject result) {
		JsonObject response = new JsonObject();
		response.addProperty("jsonrpc", "2.0");
		response.add("id", id); // as the editor sent it: a number or a string
		response.add("result", result);
		return response;
	}

	/**
	 * The last session's diagnostics, if they hold ({@link EarlyDiagnostics}), published once the editor's next message
	 * is {@code initialized} (as the server does: an editor is ready for them then); the server, which would publish them
	 * itself, learns they were. Returns the bytes of that next message, read as the first was, for the server.
	 */
	private static byte[] lastSession(InputStream in, OutputStream out, JsonObject params) {
		Map<String, Map<String, JsonArray>> found;
		try {
			found = EarlyDiagnostics.lastSession(params); // meanwhile the editor reads the answer and replies
		} catch (RuntimeException unusable) { // the cache is only a cache: the server checks it again
			return new byte[0];
		}
		if (found.isEmpty()) {
			return new byte[0];
		}
		FirstFrame.Read next = FirstFrame.from(in);
		JsonElement method = next.message() == null ? null : next.message().get("method");
		if (method != null && method.isJsonPrimitive() && "initialized".equals(method.getAsString())) {
			write(out, EarlyDiagnostics.publish(found));
		}
		return next.consumed();
	}

	/** Writes the messages as LSP frames in one write; false if stdout failed. */
	private static boolean write(OutputStream out, List<JsonObject> messages) {
		ByteArrayOutputStream frames = new ByteArrayOutputStream();
		for (JsonObject message : messages) {
			byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
			frames.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			frames.writeBytes(body);
		}
		try {
			frames.writeTo(out);
			out.flush();
			return true;
		} catch (IOException closed) {
			return false;
		}
	}
}
