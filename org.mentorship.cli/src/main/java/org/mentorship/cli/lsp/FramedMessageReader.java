package org.mentorship.cli.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the frames of the Language Server Protocol ("Content-Length: N", blank line, N bytes of JSON) and
 * recovers from malformed ones. LSP4J's StreamMessageProducer hangs or stops after a frame whose
 * Content-Length is not a number, negative, too large (2^31) or missing; here such a header block is
 * skipped (with one log line that quotes no content) and reading goes on at the next "Content-Length"
 * header, wherever it starts: after a too small length, the rest of that body is skipped the same way.
 */
final class FramedMessageReader {

	/** Larger frames are refused: a 5 MB agreement is far beyond any real one (docs/benchmarks.md). */
	static final int MAX_CONTENT_LENGTH = 64 * 1024 * 1024;
	/** A header line longer than this is not a header: the rest of it is skipped. */
	static final int MAX_LINE = 8 * 1024;

	private static final String CONTENT_LENGTH = "content-length:";

	/** What went wrong with a frame, in words without its content. */
	interface Problems {
		void skipped(String why);
	}

	private final InputStream in;
	private final Problems problems;

	FramedMessageReader(InputStream in, Problems problems) {
		this.in = in;
		this.problems = problems;
	}

	/** The next frame's content, or null at the end of the stream. */
	String next() throws IOException {
		while (true) {
			Integer length = null;
			String invalid = null;
			boolean any = false;
			boolean warned = false;
			String line;
			while ((line = readLine()) != null && !(line.isEmpty() && any)) {
				if (line.isEmpty()) {
					continue; // blank lines before a header block: nothing to skip
				}
				int at = line.toLowerCase(Locale.ROOT).indexOf(CONTENT_LENGTH);
				if (at < 0) {
					if (!any && !warned) { // once per stretch of garbage, not once per line
						problems.skipped("text that is not a header (a line of " + line.length() + " characters)");
						warned = true;
					}
					continue; // Content-Type, or garbage before the next header block
				}
				any = true;
				String value = line.substring(at + CONTENT_LENGTH.length()).trim();
				length = null;
				invalid = null;
				try {
					long n = Long.parseLong(value);
					if (n < 0 || n > MAX_CONTENT_LENGTH) {
						invalid = "Content-Length " + n + " is out of range (0 to " + MAX_CONTENT_LENGTH + ")";
					} else {
						length = (int) n;
					}
				} catch (NumberFormatException e) {
					invalid = "Content-Length is not a number (" + Math.min(value.length(), 40) + " characters)";
				}
			}
			if (line == null) {
				return null;
			}
			if (length == null) {
				problems.skipped(invalid != null ? invalid : "a header block without Content-Length");
				continue;
			}
			byte[] body = in.readNBytes(length);
			if (body.length < length) {
				return null; // the stream ended inside the frame
			}
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	/** A line without its "\r\n" or "\n", at most MAX_LINE characters (the rest is dropped); null at the end. */
	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != -1 && c != '\n') {
			if (line.size() < MAX_LINE) {
				line.write(c);
			}
		}
		if (c == -1 && line.size() == 0) {
			return null;
		}
		String text = line.toString(StandardCharsets.UTF_8);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}
}
