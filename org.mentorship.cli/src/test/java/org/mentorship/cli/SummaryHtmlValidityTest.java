package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.dsl.MentorStandaloneSetup;
import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.html.SummaryGenerator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.model.PrintedLength;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.google.inject.Injector;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The printable summary of every example, and of an agreement full of hostile text, has no error in
 * the Nu Html Checker (the checker behind validator.w3.org/nu), run in-process on its HTML5 schema as
 * its command-line client does. The summaries are also written to target/summaries/ for printing
 * (see docs/generators.md).
 */
class SummaryHtmlValidityTest {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static Injector injector;

	@TempDir
	Path dir;

	@BeforeAll
	static void language() {
		injector = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Test
	void everyExampleSummaryHasNoErrors() throws Exception {
		Map<String, Agreement> agreements = load(ValidateCommandTest.EXAMPLES);
		assertEquals(4, agreements.size(), agreements.keySet().toString());
		Path out = Files.createDirectories(Path.of("target", "summaries"));
		SummaryGenerator generator = injector.getInstance(SummaryGenerator.class);
		for (Map.Entry<String, Agreement> example : agreements.entrySet()) {
			for (Audience audience : List.of(Audience.PARTIES, Audience.SPONSOR)) {
				String html = generator.summary(example.getValue(), audience);
				Checked checked = check(html);
				assertEquals("", checked.errorText(), example.getKey() + " for " + audience);
				String name = example.getKey() + (audience == Audience.PARTIES ? "" : "-" + audience.name().toLowerCase(Locale.ROOT));
				Files.writeString(out.resolve(name + ".html"), html, StandardCharsets.UTF_8);
				if (!checked.warnings.isEmpty()) {
					System.out.println(name + ": " + checked.warnings.size() + " warnings: " + String.join(" | ", checked.warnings));
				}
			}
			// the estimate the length rule uses, to compare with the printed page count (docs/generators.md)
			System.out.printf(Locale.ROOT, "%s: PrintedLength estimates %.2f pages%n", example.getKey(),
					PrintedLength.pages(example.getValue()));
		}
	}

	@Test
	void aSummaryOfHostileTextHasNoErrors() throws Exception {
		Files.writeString(dir.resolve("hostile.mentor"), """
				agreement hostile "<script>alert(1)</script>"
				  from 2027-01-11 to 2027-07-09
				  time zone "\\"><img src=x onerror=alert(1)>"
				purpose "Tom &amp; Jerry & friends &lt;3; it's <b>bold</b>"
				mentor ada "ليلى الحسن" email "\\"><img src=x>"
				  responsible for "<script>alert(1)</script>"
				mentee grace "נועה כהן"
				goal g "Ship it 🚀 together 👩🏽‍💻 — قيادة الفريق (צוות)" because "a text
				    over two lines"
				  milestone "<a href=\\"https://example.org\\">link</a>" due 2027-02-01
				  evidence artifact "<style>body{display:none}</style>" from grace
				  success "bell\u0007and\u0001controls"
				cadence
				  weekly on Monday at 10:00 for 1 hour by video at "javascript:alert(1)"
				  agenda "<!-- comment -->", "]]>", "&#0;"
				boundaries
				  reply within 1 day
				confidential "<iframe src=x></iframe>"
				sign-off
				  ada signed on 2027-01-11
				  grace to sign
				review on 2027-07-01
				""", StandardCharsets.UTF_8);
		Agreement agreement = load(dir).get("hostile");
		for (Audience audience : Audience.values()) {
			String html = injector.getInstance(SummaryGenerator.class).summary(agreement, audience);
			assertEquals("", check(html).errorText(), audience.name());
			assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<iframe") || html.contains("<a "));
		}
	}

	@Test
	void theCheckerReportsErrorsInBrokenMarkup() throws Exception {
		Checked checked = check("<!DOCTYPE html><html lang=\"en\"><head></head><body><p><div>x</div><span>y</p></body></html>");
		assertTrue(checked.errors.size() >= 2, checked.errorText());
	}

	/** All files under a folder, loaded into one resource set; the agreements by file name without extension. */
	private static Map<String, Agreement> load(Path folder) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(set);
		Map<String, Agreement> agreements = new LinkedHashMap<>();
		for (Resource resource : set.getResources()) {
			assertEquals(List.of(), resource.getErrors(), resource.getURI().lastSegment());
			if (((MentorFile) resource.getContents().get(0)).getDocument() instanceof Agreement agreement) {
				agreements.put(resource.getURI().trimFileExtension().lastSegment(), agreement);
			}
		}
		return agreements;
	}

	/** What the checker said about one page. */
	record Checked(List<String> errors, List<String> warnings) {
		String errorText() {
			return String.join("\n", errors);
		}
	}

	/** Checks the page as text/html with the checker's HTML5 schema and its extra checkers (no network). */
	private static Checked check(String html) throws Exception {
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				warnings.add(describe(e));
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(describe(e));
			}

			@Override
			public void fatalError(SAXParseException e) {
				errors.add(describe(e));
			}
		};
		// no log4j set-up of its own, no URL logging, no language detection (it guesses from little text)
		SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
		validator.setUpMainSchema(HTML5_SCHEMA, handler);
		validator.setUpValidatorAndParsers(handler, true, false);
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setSystemId("summary.html");
		validator.checkHtmlInputSource(source);
		return new Checked(errors, warnings);
	}

	private static String describe(SAXParseException e) {
		return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
	}
}
