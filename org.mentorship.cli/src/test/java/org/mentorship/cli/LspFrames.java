package org.mentorship.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A `mentor lsp` on its own thread, connected to the test by pipes, and the reader of the JSON-RPC frames it writes
 * (headers, a blank line, Content-Length bytes of JSON).
 */
final class LspFrames {

	private LspFrames() {
	}

	/** What the test holds of a started server: the stream to it and its thread. */
	record Pipes(OutputStream toServer, Thread server) {
	}

	/** Starts the server thread `name` and a daemon thread that hands the server's output to `reader`. */
	static Pipes start(String name, Consumer<InputStream> reader) throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 20);
		PipedOutputStream toServer = new PipedOutputStream(serverIn);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PatientPipedInputStream(serverOut, 1 << 20);
		Thread server = new Thread(() -> {
			try {
				LspCommand.serve(serverIn, serverOut, null, new PrintWriter(new StringWriter()));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, name);
		server.setDaemon(true);
		server.start();
		Thread client = new Thread(() -> reader.accept(clientIn), "client-of-" + name);
		client.setDaemon(true);
		client.start();
		return new Pipes(toServer, server);
	}

	/** The next message, or null when the stream ends (or a frame has no Content-Length). */
	static JsonObject next(InputStream in) throws IOException {
		int length = -1;
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				String header = line.toString().trim();
				line.setLength(0);
				if (header.isEmpty()) {
					break;
				}
				if (header.startsWith("Content-Length:")) {
					length = Integer.parseInt(header.substring(15).trim());
				}
			} else {
				line.append((char) c);
			}
		}
		if (c == -1 || length < 0) {
			return null;
		}
		return JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
