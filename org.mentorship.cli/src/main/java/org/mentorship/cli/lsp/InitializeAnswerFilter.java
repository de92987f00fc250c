package org.mentorship.cli.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.mentorship.dsl.ide.server.InitializeAnswerCache;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's stdout while its answer to initialize is still to come (see {@link InitializeFromCache}): frames are
 * passed on whole, one at a time, until the server's own answer to the initialize request (the first message with
 * that id and no method). If the editor already got the cached answer, that one is dropped, and kept in the cache in
 * its place when it differs (with a warning: the editor was told something else; the workspace's and the shared cache
 * folder both get it where they lack it); otherwise it is passed on and kept for the next start. From then on every byte is passed on as written.
 */
final class InitializeAnswerFilter extends OutputStream {

	/** JSON-RPC's "request cancelled": no answer about the server, the cache stays as it is. */
	private static final int REQUEST_CANCELLED = -32800;

	private final OutputStream editor;
	private final JsonElement id;
	private final InitializeAnswerCache cache;
	private final JsonObject answered;
	private final PrintStream err;

	// guarded by this
	private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
	private int headerEnd = -1;
	private int bodyLength;
	private boolean passing;

	/**
	 * @param id the initialize request's id
	 * @param cache where the answer is kept, or null (no cache folder)
	 * @param answered the result the editor was already sent, or null (the server's answer goes to the editor)
	 */
	InitializeAnswerFilter(OutputStream editor, JsonElement id, InitializeAnswerCache cache, JsonObject answered,
			PrintStream err) {
		this.editor = editor;
		this.id = id;
		this.cache = cache;
		this.answered = answered;
		this.err = err;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
		int at = offset;
		int end = offset + length;
		while (at < end && !passing) {
			int take = headerEnd < 0 ? 1 : Math.min(end - at, headerEnd + bodyLength - frame.size());
			frame.write(bytes, at, take);
			at += take;
			if (headerEnd < 0) {
				headerEnded();
			}
			if (headerEnd >= 0 && frame.size() == headerEnd + bodyLength) {
				whole(frame.toByteArray());
				frame.reset();
				headerEnd = -1;
			}
		}
		if (at < end) {
			editor.write(bytes, at, end - at);
		}
	}

	/** After a byte of a header block: at its blank line, where the body starts and how long it is. */
	private void headerEnded() {
		byte[] sofar = frame.toByteArray();
		int n = sofar.length;
		if (n < 4 || sofar[n - 1] != '\n' || sofar[n - 2] != '\r' || sofar[n - 3] != '\n' || sofar[n - 4] != '\r') {
			return;
		}
		bodyLength = 0;
		for (String line : new String(sofar, StandardCharsets.US_ASCII).split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
				bodyLength = Integer.parseInt(line.substring(colon + 1).strip()); // LSP4J's own header: always a number
			}
		}
		headerEnd = n;
	}

	/** One whole frame of the server's: passed on, unless it is the answer to initialize the editor already has. */
	private void whole(byte[] bytes) throws IOException {
		JsonObject message = parse(bytes);
		boolean answer = message != null && id.equals(message.get("id")) && !message.has("method");
		if (!answer) {
			editor.write(bytes);
			return;
		}
		passing = true; // the server's answer to initialize: everything after it goes straight on
		if (answered == null) {
			editor.write(bytes);
			editor.flush(); // the editor first: the cache can wait
		}
		keep(message);
	}

	private void keep(JsonObject message) {
		JsonElement result = message.get("result");
		JsonElement error = message.get("error");
		if (cache == null || isCancelled(error)) {
			return;
		}
		try {
			if (result != null && result.isJsonObject()) {
				cache.keep(result.getAsJsonObject()); // writes only where it is not kept yet
			} else {
				cache.forget();
			}
		} catch (IOException | RuntimeException e) {
			err.println("mentor: the answer to initialize was not kept for the next start (" + e.getMessage() + ")");
		}
		if (answered != null && !answered.equals(result)) {
			err.println("mentor: the editor got the last session's answer to initialize, which this server no longer"
					+ " gives (its own is kept for the next start): " + cache.files());
		}
	}

	private static boolean isCancelled(JsonElement error) {
		try {
			return error != null && error.isJsonObject() && error.getAsJsonObject().get("code").getAsInt() == REQUEST_CANCELLED;
		} catch (RuntimeException noCode) {
			return false;
		}
	}

	private static JsonObject parse(byte[] frame) {
		String text = new String(frame, StandardCharsets.UTF_8);
		try {
			JsonElement json = JsonParser.parseString(text.substring(text.indexOf("\r\n\r\n") + 4));
			return json.isJsonObject() ? json.getAsJsonObject() : null;
		} catch (RuntimeException notJson) {
			return null;
		}
	}

	@Override
	public synchronized void flush() throws IOException {
		editor.flush();
	}

	@Override
	public synchronized void close() throws IOException {
		editor.close();
	}
}
