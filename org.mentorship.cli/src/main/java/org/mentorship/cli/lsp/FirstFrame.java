package org.mentorship.cli.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The editor's first message (and, after a cached answer, its second), read from stdin before the server exists (see
 * {@link InitializeFromCache}): exactly its bytes, not one more, since whatever follows is the server's to read; and every byte taken is kept, so that the
 * server can be given them back and read the stream as if nothing had been read before it. Anything unusual (no
 * Content-Length, a header too long, a body too big or not a JSON object, the end of the stream) ends the reading
 * with no message: the server then finds the same bytes and deals with them as always.
 */
final class FirstFrame {

	/** An initialize request is a few KB; a larger first message is left to the server (it reads the rest). */
	static final int MAX_BODY = 1024 * 1024;
	static final int MAX_HEADER = 8 * 1024;

	/** The bytes read, and the message they hold, or null. */
	record Read(byte[] consumed, JsonObject message) {
	}

	private FirstFrame() {
	}

	static Read from(InputStream in) {
		ByteArrayOutputStream consumed = new ByteArrayOutputStream();
		try {
			int length = headerLength(in, consumed);
			if (length < 0 || length > MAX_BODY) {
				return new Read(consumed.toByteArray(), null);
			}
			byte[] body = new byte[length];
			int read = 0;
			// not readNBytes: JDK 17's FileInputStream.readNBytes asks stdin for its position, which a pipe refuses
			for (int n; read < length && (n = in.read(body, read, length - read)) > 0;) {
				read += n;
			}
			consumed.write(body, 0, read);
			if (read < length) {
				return new Read(consumed.toByteArray(), null); // the stream ended inside the message
			}
			JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
			return new Read(consumed.toByteArray(), json.isJsonObject() ? json.getAsJsonObject() : null);
		} catch (IOException | RuntimeException unusual) { // not JSON, or stdin failed: the server sees the same
			return new Read(consumed.toByteArray(), null);
		}
	}

	/**
	 * Reads the header block, one byte at a time so that nothing after its blank line is taken; its Content-Length,
	 * or -1 if it has none (or not a number, or the block is too long or cut short).
	 */
	private static int headerLength(InputStream in, ByteArrayOutputStream consumed) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		long length = -1;
		boolean any = false;
		int c;
		while (consumed.size() < MAX_HEADER && (c = in.read()) != -1) {
			consumed.write(c);
			if (c != '\n') {
				line.write(c);
				continue;
			}
			String text = line.toString(StandardCharsets.US_ASCII).strip();
			line.reset();
			if (text.isEmpty()) {
				return any ? (int) Math.min(length, Integer.MAX_VALUE) : -1;
			}
			any = true;
			int colon = text.indexOf(':');
			if (colon > 0 && text.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
				try {
					length = Long.parseLong(text.substring(colon + 1).strip());
				} catch (NumberFormatException notANumber) {
					return -1;
				}
			}
		}
		return -1;
	}
}
