package org.mentorship.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.mentorship.dsl.parser.SourceText;

/**
 * A .mentor file as the language server (and any other Xtext front end) loads it from disk: decoded by
 * {@link SourceText}, as `mentor` decodes it, so a UTF-8 byte order mark is not a syntax error and a
 * file saved as UTF-16 or UTF-32 (with its byte order mark) is read as what it is. The language is
 * UTF-8 (docs/cli.md); Xtext's reader would use the configured encoding and keep the mark. Files open
 * in an editor come as text from the editor and do not pass here.
 */
public class MentorResource extends LazyLinkingResource {

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		return new StringReader(SourceText.lenient(inputStream.readAllBytes()));
	}
}
