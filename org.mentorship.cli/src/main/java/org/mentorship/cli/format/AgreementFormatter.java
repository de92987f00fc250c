package org.mentorship.cli.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.mentorship.cli.check.AgreementText;
import org.mentorship.cli.check.TestCrash;
import org.mentorship.dsl.formatting2.FileFormatter;
import org.mentorship.dsl.validation.InternalErrors;

import com.google.inject.Injector;

/**
 * Formats .mentor files with the language's formatter ({@link FileFormatter}: the code the language server
 * runs for textDocument/formatting). Each file is parsed on its own: formatting needs no references. A file
 * with syntax errors is never formatted, and a result is only offered if it differs from the original in
 * whitespace alone and parses without errors (a safety net against bugs of the formatter).
 */
public class AgreementFormatter {

	private final Injector injector;

	/** @param injector an injector of the language (the command line gives the one of its run) */
	public AgreementFormatter(Injector injector) {
		this.injector = injector;
	}

	public Outcome format(Path file) {
		AgreementText read;
		try {
			read = AgreementText.read(file);
		} catch (IOException e) {
			return new Outcome.Unreadable(file, IoReasons.of(e));
		}
		if (read.text() == null) {
			return new Outcome.NotFormattable(file, 1, 1, read.problem());
		}
		String text = read.text();
		try {
			TestCrash.at(file, "formatting");
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
		} catch (RuntimeException | StackOverflowError e) {
			// a bug of ours: report it for this file and go on with the others; the file is not touched
			return new Outcome.NotFormattable(file, 1, 1, InternalErrors.report("formatting", file, e));
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

	/** Blanks as the language reads them (Layout.BLANKS): also the spaces word processors paste. */
	private static String withoutWhitespace(String text) {
		return org.mentorship.dsl.formatting2.Layout.BLANKS.matcher(text).replaceAll("");
	}

	private static int orOne(int value) {
		return value < 1 ? 1 : value;
	}
}
