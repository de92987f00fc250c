package org.mentorship.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/** A minimal LSP client of {@code mentor lsp} (LspCommand.serve) over piped streams, as an editor talks to it. */
final class LspStreamClient implements AutoCloseable {

	private static final Gson GSON = new Gson();
	private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();
	private final OutputStream toServer;
	private int nextId = 1;

	LspStreamClient() throws IOException {
		LspFrames.Pipes pipes = LspFrames.start("mentor-lsp-under-test", this::read);
		toServer = pipes.toServer();
	}

	/** Sends a request (params: any object Gson writes) and returns its answer, or null after 30 s. */
	JsonObject request(String method, Object params) throws Exception {
		int id = nextId++;
		JsonObject message = message(method, params);
		message.addProperty("id", id);
		send(message);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			JsonObject answer = fromServer.poll(1, TimeUnit.SECONDS);
			if (answer != null && answer.has("id") && !answer.has("method") && answer.get("id").getAsInt() == id) {
				return answer;
			}
		}
		return null;
	}

	void notify(String method, Object params) throws IOException {
		send(message(method, params));
	}

	private static JsonObject message(String method, Object params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		message.add("params", GSON.toJsonTree(params));
		return message;
	}

	private void send(JsonObject message) throws IOException {
		byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(body);
		toServer.flush();
	}

	private void read(InputStream in) {
		try {
			while (true) {
				JsonObject json = LspFrames.next(in);
				if (json == null) {
					return;
				}
				fromServer.add(json);
			}
		} catch (IOException e) {
			// the server closed the stream
		}
	}

	@Override
	public void close() throws IOException {
		toServer.close();
	}
}
