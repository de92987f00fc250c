package org.mentorship.dsl.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How the bytes of a .mentor file become text: UTF-8, with or without a byte order mark (Windows
 * editors such as Notepad write one, and the parser must not see it as a stray character). A file saved
 * as UTF-16 or UTF-32 is recognised by its byte order mark, so it can be called what it is rather than
 * "binary" (its ASCII letters come with zero bytes). `mentor` (AgreementText) and the language server
 * (MentorResource, for files not open in the editor) both read through here.
 */
public final class SourceText {

	private SourceText() {
	}

	/** "UTF-16" or "UTF-32" when the bytes start with that encoding's byte order mark. */
	public static Optional<String> wideEncoding(byte[] bytes) {
		if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
			return Optional.of("UTF-32");
		}
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			return Optional.of("UTF-16");
		}
		return Optional.empty();
	}

	/** What to tell the user about a file in a wide encoding. */
	public static String wideEncodingProblem(String encoding) {
		return "this file is saved as " + encoding + ": save it as UTF-8";
	}

	/** The text of UTF-8 bytes, without a byte order mark; empty when the bytes are not UTF-8. */
	public static Optional<String> utf8(byte[] bytes) {
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
					.toString());
		} catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	/**
	 * For a reader that must go on whatever the bytes (the language server): UTF-16 and UTF-32 by their
	 * byte order mark, otherwise UTF-8 without its mark, bytes that are not UTF-8 replaced by U+FFFD.
	 */
	public static String lenient(byte[] bytes) {
		Optional<String> wide = wideEncoding(bytes);
		if (wide.isPresent()) {
			String text = new String(bytes, Charset.forName(wide.get()));
			return text.startsWith("\uFEFF") ? text.substring(1) : text; // in case the decoder keeps the mark
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
