package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mentorship.cli.lsp.InitializeFromCache;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * One start of `mentor lsp` through real streams, for the tests of answering initialize from a cache
 * (InitializeFromCacheTest, InitializeFromSharedCacheTest): the early step (InitializeFromCache) on its own thread at
 * once, then the real server on the same streams only once {@link #go} is counted down, so an answer that comes
 * before is one the server cannot have made.
 */
final class EarlyStart implements AutoCloseable {
	final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
	final List<JsonObject> all = new ArrayList<>();
	final CountDownLatch go = new CountDownLatch(1);
	final CountDownLatch earlyDone = new CountDownLatch(1);
	final AtomicBoolean serverStarted = new AtomicBoolean();
	final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
	final PipedOutputStream toServer = new PipedOutputStream();
	final Thread thread;

	EarlyStart(String initialize) throws IOException {
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PatientPipedInputStream(serverOut, 1 << 20);
		send(initialize); // as an editor does right after the spawn
		thread = new Thread(() -> {
			InitializeFromCache.Streams streams = InitializeFromCache.start(serverIn, serverOut,
					new PrintStream(stderr, true, StandardCharsets.UTF_8));
			earlyDone.countDown();
			try {
				go.await();
				serverStarted.set(true);
				LspCommand.serve(streams.in(), streams.out(), null, new PrintWriter(new StringWriter()));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "mentor-lsp-early-start");
		thread.setDaemon(true);
		thread.start();
		Thread reader = new Thread(() -> {
			try {
				for (JsonObject message; (message = LspFrames.next(clientIn)) != null;) {
					received.add(message);
				}
			} catch (IOException ended) {
				// the server closed its stdout
			}
		}, "client-of-early-start");
		reader.setDaemon(true);
		reader.start();
	}

	void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(body);
		toServer.flush();
	}

	/** The next message from the server (2 minutes at most: a first build on a loaded machine takes long). */
	JsonObject next() throws InterruptedException {
		JsonObject message = received.poll(120, TimeUnit.SECONDS);
		assertNotNull(message, "no message from the server within 2 minutes; stderr: " + stderr);
		all.add(message);
		return message;
	}

	/** The answer to the request with this id, every message before it kept in {@link #all}. */
	JsonObject answerTo(JsonElement id) throws InterruptedException {
		for (JsonObject message = next();; message = next()) {
			if (id.equals(message.get("id")) && !message.has("method")) {
				return message;
			}
		}
	}

	/**
	 * Lets the server start, sends shutdown (id 900) and a second initialize (id 901, which a server that got the
	 * first refuses), and returns how many answers to {@code id} the client got in all.
	 */
	long finish(JsonElement id) throws Exception {
		go.countDown();
		send("{\"jsonrpc\":\"2.0\",\"id\":901,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
		JsonObject second = answerTo(new JsonPrimitive(901));
		assertTrue(second.has("error") && second.toString().contains("already initialized"),
				"the real server got the first initialize: " + second);
		send("{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"shutdown\"}");
		answerTo(new JsonPrimitive(900));
		return all.stream().filter(m -> id.equals(m.get("id")) && !m.has("method")).count();
	}

	@Override
	public void close() throws Exception {
		go.countDown();
		toServer.close(); // the server's input ends: it stops
		thread.join(TimeUnit.SECONDS.toMillis(30));
	}
}
