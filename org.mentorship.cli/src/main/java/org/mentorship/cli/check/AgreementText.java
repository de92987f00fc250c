package org.mentorship.cli.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.mentorship.dsl.parser.SourceText;

/**
 * Reads a file that should hold an agreement, and says in words why it cannot when it is too
 * large, binary or not UTF-8. A UTF-8 byte order mark is fine and left out of the text; the bytes are
 * decoded by the language's SourceText, as the language server decodes them. Every command that reads
 * agreements (validate, fix, format, generate) goes through here, so they all refuse the same files with
 * the same message.
 *
 * @param text the file's text, or null when it cannot be one
 * @param problem why not (null when there is text)
 * @param code the issue code of the problem (FileProblems)
 */
public record AgreementText(String text, String problem, String code) {

	/** Reads the file; an I/O error is left to the caller, which knows how to report it. */
	public static AgreementText read(Path file) throws IOException {
		long size = Files.size(file);
		if (size > FileProblems.MAX_BYTES) {
			return refused(String.format(Locale.ROOT, "this file is too large to be an agreement (%.1f MB; the limit is %d MB)",
					size / 1048576.0, FileProblems.MAX_BYTES / 1048576), FileProblems.TOO_LARGE);
		}
		byte[] bytes = Files.readAllBytes(file);
		// before the binary check: the ASCII letters of UTF-16 or UTF-32 text come with zero bytes
		Optional<String> wide = SourceText.wideEncoding(bytes);
		if (wide.isPresent()) {
			return refused(SourceText.wideEncodingProblem(wide.get()), FileProblems.NOT_UTF8);
		}
		for (byte b : bytes) {
			if (b == 0) {
				return refused("this is not a text file (it contains binary data)", FileProblems.BINARY);
			}
		}
		return SourceText.utf8(bytes).map(text -> new AgreementText(text, null, null))
				.orElseGet(() -> refused("this file is not UTF-8 text: save it as UTF-8", FileProblems.NOT_UTF8));
	}

	private static AgreementText refused(String problem, String code) {
		return new AgreementText(null, problem, code);
	}
}
