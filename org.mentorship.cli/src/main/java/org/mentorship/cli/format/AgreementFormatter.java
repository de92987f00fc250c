package org.mentorship.cli.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.mentorship.cli.check.FileProblems;
import org.mentorship.dsl.MentorStandaloneSetup;
import org.mentorship.dsl.formatting2.FileFormatter;

import com.google.inject.Injector;

/**
 * Formats .mentor files with the language's formatter ({@link FileFormatter}: the code the language server
 * runs for textDocument/formatting). Each file is parsed on its own: formatting needs no references. A file
 * with syntax errors is never formatted, and a result is only offered if it differs from the original in
 * whitespace alone and parses without errors (a safety net against bugs of the formatter).
 */
public class AgreementFormatter {

	private final Injector injector;

	public AgreementFormatter() {
		this(Language.INJECTOR);
	}

	public AgreementFormatter(Injector injector) {
		this.injector = injector;
	}

	private static final class Language {
		static final Injector INJECTOR = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	public Outcome format(Path file) {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > FileProblems.MAX_BYTES) {
				return new Outcome.NotFormattable(file, 1, 1, String.format(Locale.ROOT,
						"this file is too large to be an agreement (%.1f MB; the limit is %d MB)", size / 1048576.0,
						FileProblems.MAX_BYTES / 1048576));
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			return new Outcome.Unreadable(file, IoReasons.of(e));
		}
		for (byte b : bytes) {
			if (b == 0) {
				return new Outcome.NotFormattable(file, 1, 1, "this is not a text file (it contains binary data)");
			}
		}
		String text;
		try {
			text = decode(bytes);
		} catch (CharacterCodingException e) {
			return new Outcome.NotFormattable(file, 1, 1, "this file is not UTF-8 text: save it as UTF-8");
		}
		try {
			XtextResource resource = parse(file, text);
			Optional<Resource.Diagnostic> syntaxError = firstError(resource);
			if (syntaxError.isPresent()) {
				return new Outcome.NotFormattable(file, orOne(syntaxError.get().getLine()),
						orOne(syntaxError.get().getColumn()), "it has syntax errors");
			}
			String formatted = injector.getInstance(FileFormatter.class).format(resource)
					.orElseThrow(() -> new IllegalStateException("syntax errors the parser did not report"));
			if (formatted.equals(text)) {
				return new Outcome.Unchanged(file);
			}
			if (!withoutWhitespace(formatted).equals(withoutWhitespace(text))
					|| firstError(parse(file, formatted)).isPresent()) {
				throw new IllegalStateException("the formatted text is not equivalent to the original");
			}
			return new Outcome.Changed(file, formatted);
		} catch (RuntimeException e) {
			// a bug of ours: report it for this file and go on with the others; the file is not touched
			return new Outcome.NotFormattable(file, 1, 1,
					"internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); please report it");
		}
	}

	private XtextResource parse(Path file, String text) {
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e); // reading from memory does not fail
		}
		return resource;
	}

	/** The first syntax error (nothing is linked, so every error of a freshly parsed file is one). */
	private static Optional<Resource.Diagnostic> firstError(XtextResource resource) {
		return resource.getErrors().stream()
				.min(Comparator.comparingInt((Resource.Diagnostic d) -> d.getLine()).thenComparingInt(d -> d.getColumn()));
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static int orOne(int value) {
		return value < 1 ? 1 : value;
	}
}
