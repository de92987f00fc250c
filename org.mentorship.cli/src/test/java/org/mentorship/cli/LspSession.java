package org.mentorship.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A client of {@code mentor lsp} over in-memory streams, as an editor talks to it: Content-Length frames of
 * JSON-RPC, requests answered by id, and the latest diagnostics published for each document.
 */
final class LspSession implements AutoCloseable {

	private final BlockingQueue<JsonObject> answers = new LinkedBlockingQueue<>();
	private final Map<String, JsonArray> diagnostics = new ConcurrentHashMap<>();
	private final OutputStream toServer;
	private final Thread server;
	private int nextId = 1;

	/** Starts a server on its own thread and initializes it with the folder as its workspace. */
	LspSession(Path workspace) throws IOException, InterruptedException {
		LspFrames.Pipes pipes = LspFrames.start("mentor-lsp-" + workspace.getFileName(), this::readFrames);
		toServer = pipes.toServer();
		server = pipes.server();
		JsonObject init = request("initialize", "{\"processId\":null,\"rootUri\":" + quote(workspace.toUri().toString())
				+ ",\"capabilities\":{}}");
		if (init == null || !init.has("result")) {
			throw new IllegalStateException("initialize failed: " + init);
		}
		notify("initialized", "{}");
	}

	boolean serverAlive() {
		return server.isAlive();
	}

	/** The answer to a request, or null when none came within 30 seconds. */
	JsonObject request(String method, String params) throws IOException, InterruptedException {
		int id = nextId++;
		send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			JsonObject answer = answers.poll(1, TimeUnit.SECONDS);
			if (answer != null && answer.get("id").getAsInt() == id) {
				return answer;
			}
		}
		return null;
	}

	void notify(String method, String params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
	}

	/** The latest diagnostics the server published for the document, null before the first. */
	JsonArray diagnostics(String uri) {
		return diagnostics.get(uri);
	}

	static String quote(String text) {
		return new Gson().toJson(text);
	}

	private synchronized void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(body);
		toServer.flush();
	}

	@Override
	public void close() throws IOException {
		toServer.close(); // the server stops when its input ends
	}

	private void readFrames(InputStream in) {
		try {
			while (true) {
				JsonObject message = LspFrames.next(in);
				if (message == null) {
					return;
				}
				if (message.has("id") && !message.has("method")) {
					answers.add(message);
				} else if (message.has("method") && "textDocument/publishDiagnostics".equals(message.get("method").getAsString())) {
					JsonObject params = message.getAsJsonObject("params");
					diagnostics.put(params.get("uri").getAsString(), params.getAsJsonArray("diagnostics"));
				}
			}
		} catch (IOException e) {
			// the server closed the stream
		}
	}
}
