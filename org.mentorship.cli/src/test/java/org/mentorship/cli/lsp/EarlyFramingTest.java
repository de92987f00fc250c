package org.mentorship.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorship.dsl.ide.server.InitializeAnswerCache;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The byte-exact framing of `mentor lsp`'s early start: the first message read without taking a byte of the next
 * (FirstFrame), and the server's answer to initialize taken out of its output whatever the writes' sizes
 * (InitializeAnswerFilter), with text that is not ASCII (Content-Length counts bytes).
 */
class EarlyFramingTest {

	@TempDir
	Path temp;

	private static byte[] frame(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] frame = new byte[header.length + body.length];
		System.arraycopy(header, 0, frame, 0, header.length);
		System.arraycopy(body, 0, frame, header.length, body.length);
		return frame;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}

	/** A stream that hands out at most `chunk` bytes per read, as a pipe does when the editor writes slowly. */
	private static InputStream trickle(byte[] bytes, int chunk) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {
			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return super.read(b, off, Math.min(len, chunk));
			}
		};
	}

	private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
			+ "{\"rootUri\":\"file:///home/zo\u00eb/\u65e5\u672c/\",\"capabilities\":{}}}";
	private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 7, 4096 })
	void theFirstMessageIsReadToItsLastByteAndNoFurther(int chunk) throws IOException {
		byte[] first = frame(INITIALIZE);
		byte[] second = frame(INITIALIZED);
		InputStream in = trickle(concat(first, second), chunk);
		FirstFrame.Read read = FirstFrame.from(in);
		assertArrayEquals(first, read.consumed());
		assertEquals("file:///home/zo\u00eb/\u65e5\u672c/", read.message().getAsJsonObject("params").get("rootUri").getAsString());
		assertArrayEquals(second, in.readAllBytes(), "the rest is the server's, untouched");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Content-Length: 9999999\r\n\r\n{}", "Content-Length: x\r\n\r\n{}", "Content-Type: a\r\n\r\n{}",
			"Content-Length: 2\r\n\r\n[]", "Content-Length: 9\r\n\r\n{\"a\":" })
	void anUnusualFirstMessageIsGivenBackByteForByte(String start) throws IOException {
		byte[] all = concat(start.getBytes(StandardCharsets.UTF_8), frame(INITIALIZED));
		InputStream in = trickle(all, 3);
		FirstFrame.Read read = FirstFrame.from(in);
		assertNull(read.message());
		assertArrayEquals(all, concat(read.consumed(), in.readAllBytes()), "what the server reads is what was sent");
	}

	/** What the server writes, as LSP4J does: each frame's header, then its body, then a flush. */
	private static final String NOTICE = "{\"jsonrpc\":\"2.0\",\"method\":\"window/logMessage\",\"params\":{\"type\":3,\"message\":\"\u00e9t\u00e9 \u65e5\"}}";
	private static final String SERVER_REQUEST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"client/registerCapability\",\"params\":{}}";
	private static final String ANSWER = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"capabilities\":{\"hoverProvider\":true}}}";
	private static final String AFTER = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":\"file:///\u00e9\",\"diagnostics\":[]}}";

	private static byte[] filtered(InitializeAnswerFilter filter, ByteArrayOutputStream editor, int chunk) throws IOException {
		byte[] written = concat(frame(NOTICE), frame(SERVER_REQUEST), frame(ANSWER), frame(AFTER));
		for (int at = 0; at < written.length; at += chunk) {
			filter.write(written, at, Math.min(chunk, written.length - at));
		}
		filter.flush();
		return editor.toByteArray();
	}

	private InitializeAnswerCache cache() {
		JsonObject params = JsonParser.parseString("{\"capabilities\":{},\"initializationOptions\":{\"cacheFolder\":"
				+ new JsonPrimitive(temp.toString()) + "}}").getAsJsonObject();
		return InitializeAnswerCache.of(params);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 5, 13, 100000 })
	void theServersAnswerToInitializeAloneIsDroppedWhenTheEditorHasIt(int chunk) throws IOException {
		ByteArrayOutputStream editor = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		JsonObject sent = JsonParser.parseString(ANSWER).getAsJsonObject().getAsJsonObject("result");
		cache().keep(sent); // where the editor's answer came from
		FileTime written = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(cache().file(), written);
		InitializeAnswerFilter filter = new InitializeAnswerFilter(editor, new JsonPrimitive(1), cache(), sent,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertArrayEquals(concat(frame(NOTICE), frame(SERVER_REQUEST), frame(AFTER)), filtered(filter, editor, chunk));
		assertEquals("", err.toString(StandardCharsets.UTF_8), "the same answer: no warning");
		assertEquals(written, Files.getLastModifiedTime(cache().file()), "the same answer, kept already: nothing written");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 5, 100000 })
	void withoutAnAnswerSentEverythingPassesAndTheAnswerIsKept(int chunk) throws IOException {
		ByteArrayOutputStream editor = new ByteArrayOutputStream();
		InitializeAnswerFilter filter = new InitializeAnswerFilter(editor, new JsonPrimitive(1), cache(), null,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertArrayEquals(concat(frame(NOTICE), frame(SERVER_REQUEST), frame(ANSWER), frame(AFTER)), filtered(filter, editor, chunk));
		assertEquals(JsonParser.parseString(ANSWER).getAsJsonObject().get("result"), cache().lastAnswer());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 100000 })
	void anAnswerForAnotherIdIsNotTheOne(int chunk) throws IOException {
		ByteArrayOutputStream editor = new ByteArrayOutputStream();
		JsonObject sent = JsonParser.parseString(ANSWER).getAsJsonObject().getAsJsonObject("result");
		InitializeAnswerFilter filter = new InitializeAnswerFilter(editor, new JsonPrimitive("1"), null, sent,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		byte[] out = filtered(filter, editor, chunk);
		assertTrue(new String(out, StandardCharsets.UTF_8).contains("\"id\":1,\"result\""), "the string id \"1\" is not 1");
	}
}
