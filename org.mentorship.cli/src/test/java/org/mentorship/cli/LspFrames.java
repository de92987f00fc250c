package org.mentorship.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads the JSON-RPC frames `mentor lsp` writes (headers, a blank line, Content-Length bytes of JSON). */
final class LspFrames {

	private LspFrames() {
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
