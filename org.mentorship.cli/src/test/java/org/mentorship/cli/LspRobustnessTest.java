package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Issue 16, through a real stream as an editor talks to {@code mentor lsp}: malformed frames do not hang
 * the server, requests that do not fit the document are answered InvalidParams (never -32603), and no log
 * line quotes the document or carries a stack trace.
 */
class LspRobustnessTest {

	/** In the document, to find it in any log line. */
	static final String MARKER = "UNIQUE-DOCUMENT-TEXT-4711";
	
	static final int INVALID_PARAMS = -32602;
	static final int INTERNAL_ERROR = -32603;

	@TempDir
	Path workspace;

	private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
	private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();
	private AppenderSkeleton log4j;
	private Handler jul;
	private OutputStream toServer;
	private Thread server;
	private int nextId = 1;

	private String uri() {
		return workspace.resolve("a.mentor").toUri().toString();
	}

	@BeforeEach
	void start() throws IOException {
		log4j = new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				logLines.add(event.getLevel() + " " + event.getRenderedMessage()
						+ (event.getThrowableInformation() == null ? "" : " TRACE " + String.join("\n", event.getThrowableStrRep())));
			}

			@Override
			public void close() {
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}
		};
		Logger.getRootLogger().addAppender(log4j);
		jul = new Handler() {
			@Override
			public void publish(LogRecord record) {
				logLines.add(record.getLevel() + " " + record.getMessage() + (record.getThrown() == null ? "" : " TRACE " + record.getThrown()));
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		java.util.logging.Logger.getLogger("").addHandler(jul);

		LspFrames.Pipes pipes = LspFrames.start("mentor-lsp-under-test", this::readFrames);
		toServer = pipes.toServer();
		server = pipes.server();
	}

	@AfterEach
	void stop() throws IOException {
		toServer.close();
		Logger.getRootLogger().removeAppender(log4j);
		java.util.logging.Logger.getLogger("").removeHandler(jul);
	}

	@Test
	void malformedFramesAreSkippedAndTheServerAnswersTheNextRequest() throws Exception {
		String ping = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}";
		List<String> malformed = List.of("Content-Length: abc\r\n\r\n" + ping, "Content-Length: -5\r\n\r\n" + ping,
				"Content-Length: 2147483648\r\n\r\n" + ping, "Content-Type: application/json\r\n\r\n" + ping,
				"Content-Length: 5\r\n\r\n" + ping, "Content-Length: 0\r\n\r\n", "garbage without any header\r\n");
		for (String frame : malformed) {
			raw(frame);
			JsonObject answer = request("initialize", initializeParams());
			assertTrue(answer.has("result") || error(answer) == INVALID_PARAMS, frame + " -> " + answer);
		}
		assertClean();
	}

	@Test
	void requestsThatDoNotFitTheDocumentAreInvalidParams() throws Exception {
		JsonObject init = request("initialize", initializeParams());
		assertTrue(init.has("result"), init.toString());
		notify("initialized", "{}");
		notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri() + "\",\"languageId\":\"mentor\",\"version\":1,"
				+ "\"text\":" + quote(ValidateCommandTest.VALID.replace("Lead three design reviews", MARKER)) + "}}");

		assertEquals(INVALID_PARAMS, error(request("initialize", initializeParams())), "a second initialize");
		for (String position : List.of("{\"line\":999,\"character\":0}", "{\"line\":2,\"character\":-4}",
				"{\"line\":-1,\"character\":0}")) {
			JsonObject hover = request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"position\":" + position + "}");
			assertFine(hover, "hover at " + position);
			assertFine(request("textDocument/completion", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"position\":" + position + "}"),
					"completion at " + position);
			assertFine(request("textDocument/definition", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"position\":" + position + "}"),
					"definition at " + position);
		}
		String reversed = "{\"start\":{\"line\":5,\"character\":0},\"end\":{\"line\":1,\"character\":0}}";
		assertFine(request("textDocument/rangeFormatting", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"range\":" + reversed
				+ ",\"options\":{\"tabSize\":2,\"insertSpaces\":true}}"), "range formatting, end before start");
		assertFine(request("textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},\"range\":" + reversed
				+ ",\"context\":{\"diagnostics\":[]}}"), "code action, end before start");
		assertFine(request("textDocument/hover", null), "hover without parameters");
		assertFine(request("textDocument/hover", "{}"), "hover with empty parameters");
		assertFine(request("textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///nowhere/b.mentor\"},"
				+ "\"position\":{\"line\":0,\"character\":0}}"), "hover on an unopened document");
		assertFine(request("workspace/executeCommand", "{\"command\":\"mentor.nextMeeting\",\"arguments\":[\"" + uri() + "\"]}"),
				"executeCommand from a client without the capability");

		for (String name : List.of("\\\"", "", "\uD83D\uDE00", "^goal", "goal", "two words")) {
			JsonObject rename = request("textDocument/rename", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},"
					+ "\"position\":{\"line\":6,\"character\":7},\"newName\":\"" + name + "\"}");
			assertEquals(INVALID_PARAMS, error(rename), "rename to " + name + ": " + rename);
			assertTrue(rename.getAsJsonObject("error").get("message").getAsString().contains("name"), rename.toString());
		}
		JsonObject nowhere = request("textDocument/rename", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},"
				+ "\"position\":{\"line\":4,\"character\":3},\"newName\":\"fine\"}");
		assertEquals(INVALID_PARAMS, error(nowhere), "rename where there is no name: " + nowhere);
		JsonObject ok = request("textDocument/rename", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},"
				+ "\"position\":{\"line\":6,\"character\":7},\"newName\":\"lovelace\"}");
		assertTrue(ok.has("result"), "a valid rename still works: " + ok);
		assertClean();
	}

	@Test
	void aClientWithoutAFolderGetsAWorkingServer() throws Exception {
		JsonObject init = request("initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
		assertTrue(init.has("result"), init.toString());
		notify("initialized", "{}");
		notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri() + "\",\"languageId\":\"mentor\",\"version\":1,"
				+ "\"text\":" + quote(ValidateCommandTest.VALID) + "}}");
		JsonObject hover = request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri() + "\"},"
				+ "\"position\":{\"line\":6,\"character\":8}}");
		assertTrue(hover.has("result") && !hover.get("result").isJsonNull(), "hover on a party: " + hover);
		assertClean();
	}

	/** An answer that is a result (null or empty allowed) or InvalidParams, never an internal error. */
	private static void assertFine(JsonObject answer, String what) {
		assertNotNull(answer, what + ": no answer (the server hangs)");
		assertTrue(answer.has("result") || error(answer) == INVALID_PARAMS, what + ": " + answer);
	}

	private void assertClean() {
		synchronized (logLines) {
			for (String line : logLines) {
				assertFalse(line.contains(MARKER), "document text in the log: " + line);
				assertFalse(line.contains("TRACE"), "a stack trace in the log: " + line);
				assertFalse(line.startsWith("SEVERE") || line.startsWith("ERROR"), "an error in the log: " + line);
			}
		}
	}

	private static int error(JsonObject answer) {
		return answer.has("error") ? answer.getAsJsonObject("error").get("code").getAsInt() : 0;
	}

	private String initializeParams() {
		return "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}";
	}

	private JsonObject request(String method, String params) throws Exception {
		int id = nextId++;
		send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			JsonObject message = fromServer.poll(1, TimeUnit.SECONDS);
			if (message != null && message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
				assertNotEquals(INTERNAL_ERROR, error(message), method + ": " + message);
				return message;
			}
		}
		return null;
	}

	private void notify(String method, String params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
	}

	private void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		raw("Content-Length: " + body.length + "\r\n\r\n" + json);
	}

	private void raw(String text) throws IOException {
		toServer.write(text.getBytes(StandardCharsets.UTF_8));
		toServer.flush();
	}

	private static String quote(String text) {
		return new com.google.gson.Gson().toJson(text);
	}

	private void readFrames(InputStream in) {
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
}
