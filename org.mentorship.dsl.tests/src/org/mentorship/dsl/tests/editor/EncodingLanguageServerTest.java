package org.mentorship.dsl.tests.editor;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.Test;

/**
 * Files of the workspace that are not open are read from disk as `mentor` reads them (SourceText): a
 * UTF-8 byte order mark is no syntax error, and UTF-16 with its byte order mark is read as UTF-16.
 */
public class EncodingLanguageServerTest extends EditorServicesTestBase {

	private String writeBytes(String name, String byteOrderMark, String charset) throws Exception {
		String uri = writeFile(name, "");
		byte[] mark = HexFormat.of().parseHex(byteOrderMark);
		byte[] text = AGREEMENT.getBytes(Charset.forName(charset));
		byte[] both = java.util.Arrays.copyOf(mark, mark.length + text.length);
		System.arraycopy(text, 0, both, mark.length, text.length);
		Files.write(new File(root, name).toPath(), both);
		return uri;
	}

	@Test
	public void byteOrderMarksAreNotSyntaxErrors() throws Exception {
		String utf8 = writeBytes("notepad.mentor", "EFBBBF", "UTF-8");
		String utf16 = writeBytes("b/wide.mentor", "FFFE", "UTF-16LE");
		String utf16be = writeBytes("c/wide.mentor", "FEFF", "UTF-16BE");
		initializeClient();
		for (String uri : List.of(utf8, utf16, utf16be)) {
			List<Diagnostic> diagnostics = getDiagnostics().get(uri);
			assertTrue(uri + ": nothing published", diagnostics != null);
			// the three files share one agreement id: that error is expected, no other
			assertTrue(uri + ": " + diagnostics, diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
					.allMatch(d -> "mentor.duplicate-id".equals(d.getCode().getLeft())));
		}
	}
}
