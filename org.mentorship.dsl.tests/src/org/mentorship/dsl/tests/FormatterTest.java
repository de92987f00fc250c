package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.formatting2.FileFormatter;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFactory;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Responsibility;
import org.mentorship.dsl.mentor.Risk;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The formatter writes the house style of examples/: the examples are formatted already, a messy agreement
 * comes out exactly like the style, comments and quoted text are kept, and formatting twice changes nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class FormatterTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private FileFormatter fileFormatter;

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private TextRegionAccessBuilder regionAccess;

	@Inject
	private ISerializer serializer;

	/** The formatted text, which must also be formatted already (formatting is idempotent). */
	private String format(String text) {
		String once = formatOnce(text).orElseThrow(() -> new AssertionError("syntax errors in:\n" + text));
		assertEquals(once, formatOnce(once).orElseThrow(), "formatting twice changed the text again");
		return once;
	}

	private Optional<String> formatOnce(String text) {
		return fileFormatter.format(parse(text));
	}

	private XtextResource parse(String text) {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("test.mentor"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	@TestFactory
	Stream<DynamicTest> everyExampleIsFormattedAlready() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(ExamplesTest.examples())) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		assertTrue(files.size() >= 5, "examples not found: " + files);
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			assertEquals(text, format(text));
		}));
	}

	/**
	 * The examples with the spaces and tabs within lines, the indentation and the trailing blanks changed at
	 * random (line breaks, text and comments stay): formatting must give back each example exactly.
	 */
	@TestFactory
	Stream<DynamicTest> shakenExamplesFormatBackToTheExamples() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(ExamplesTest.examples())) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			Random random = new Random(file.getFileName().toString().hashCode());
			for (int i = 0; i < 8; i++) {
				String shaken = shake(text, random);
				assertNotEquals(text, shaken);
				assertEquals(text, format(shaken), "shaken:\n" + shaken);
			}
		}));
	}

	/** Changes the whitespace within lines, outside quoted text and comments, at random. */
	static String shake(String text, Random random) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int end;
			if (c == '"') {
				end = i + 1;
				while (end < text.length() && text.charAt(end) != '"') {
					end += text.charAt(end) == '\\' ? 2 : 1;
				}
				end++;
			} else if (c == '\u201c') {
				end = text.indexOf('\u201d', i) + 1;
			} else if (text.startsWith("//", i)) {
				end = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i) + 1;
			} else if (text.startsWith("/*", i)) {
				end = text.indexOf("*/", i) + 2;
			} else if (c == ' ' || c == '\t') {
				end = i;
				while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
					end++;
				}
				out.append(blanks(random, 1));
				i = end;
				continue;
			} else if (c == '\n') {
				out.append(blanks(random, 0)).append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) != ' ') {
					out.append(blanks(random, 0));
				}
				i++;
				continue;
			} else {
				end = i + 1;
			}
			end = Math.min(Math.max(end, i + 1), text.length());
			out.append(text, i, end);
			i = end;
		}
		return out.append(blanks(random, 0)).toString();
	}

	/** Between min and min + 3 spaces and tabs. */
	private static String blanks(Random random, int min) {
		StringBuilder blanks = new StringBuilder();
		for (int n = min + random.nextInt(4); n > 0; n--) {
			blanks.append(random.nextBoolean() ? ' ' : '\t');
		}
		return blanks.toString();
	}

	/** Everything on few lines, odd spacing, tabs, blank lines and comments in several places. */
	static final String MESSY = "  // Messy: written in a hurry.\n"
			+ "agreement   messy-2027\t\"Messy but valid\"   version 2 from 2027 - 01 - 11 to 2027-07-09\n"
			+ "time   zone \"Europe/Berlin\" purpose \"Two lines\n"
			+ "  of purpose, kept as written.\"\n"
			+ "mentor ada \"Ada\" email \"ada@example.org\" responsible for \"feedback\"   // within a week\n"
			+ "  mentee grace \"Grace\"\n"
			+ "   responsible for \"the agenda\"\n"
			+ "\n\n\n"
			+ "goal g1 \"Lead reviews\" because \"why\"\n"
			+ "      // shadowing first\n"
			+ "milestone \"Shadow\" due 2027-02-12 milestone m2 \"Co-lead\"due 2027-04-02\n"
			+ "evidence artifact \"notes\" from grace success at least 3 \"reviews\" success rated 4 out of 5 by ada \"clarity\"\n"
			+ "cadence biweekly on Tuesday at 10 : 00 for 60 minutes by video skip 2027-04-06 ,2027-05-25 agenda \"a\",\"b\"\n"
			+ "\t\tgrace brings \"questions\"\n"
			+ "/* about the boundaries */ boundaries channels \"e-mail\" ,  \"chat\" reply within 1.5 working days\n"
			+ "check-in mid on 2027-04-13 at 10:00 \"Recalibrate\" about g1\n"
			+ "risk \"crunch\" mitigation \"shorter sessions\"\n"
			+ "risk \"answers\" decided on 2027-01-11 \"Tuesdays\" changed on 2027-02-02 in version 2 \"Added goal\"\n"
			+ "// sign-off follows\n"
			+ "sign-off ada signed on 2027-02-02\n"
			+ "\t\tgrace to sign\n"
			+ "review on 2027-07-02   \n\n\n";

	static final String MESSY_FORMATTED = """
			// Messy: written in a hurry.
			agreement messy-2027 "Messy but valid"
			  version 2
			  from 2027-01-11 to 2027-07-09
			  time zone "Europe/Berlin"

			purpose "Two lines
			  of purpose, kept as written."

			mentor ada "Ada" email "ada@example.org"
			  responsible for "feedback" // within a week
			mentee grace "Grace"
			  responsible for "the agenda"

			goal g1 "Lead reviews" because "why"
			  // shadowing first
			  milestone "Shadow" due 2027-02-12
			  milestone m2 "Co-lead" due 2027-04-02
			  evidence artifact "notes" from grace
			  success at least 3 "reviews"
			  success rated 4 out of 5 by ada "clarity"

			cadence
			  biweekly on Tuesday at 10:00 for 60 minutes by video
			  skip 2027-04-06, 2027-05-25
			  agenda "a", "b"
			  grace brings "questions"

			/* about the boundaries */
			boundaries
			  channels "e-mail", "chat"
			  reply within 1.5 working days

			check-in mid on 2027-04-13 at 10:00 "Recalibrate"
			  about g1

			risk "crunch" mitigation "shorter sessions"
			risk "answers"

			decided on 2027-01-11 "Tuesdays"
			changed on 2027-02-02 in version 2 "Added goal"

			// sign-off follows
			sign-off
			  ada signed on 2027-02-02
			  grace to sign

			review on 2027-07-02
			""";

	@Test
	void aMessyAgreementComesOutInTheHouseStyle() {
		assertEquals(MESSY_FORMATTED, format(MESSY));
	}

	@Test
	void spacesPastedFromAWordProcessorBecomePlainSpaces() {
		// a no-break space (U+00A0), a narrow no-break space (U+202F) and a zero-width space (U+200B) between words are
		// blanks to the language; the formatter kept them and put a space on either side ("mentor \u00A0 ada")
		String pasted = MESSY_FORMATTED.replace("mentor ada", "mentor\u00A0ada").replace("mentee grace", "mentee\u202Fgrace")
				.replace("goal g1", "goal\u200B g1").replace("\n  milestone \"Shadow\"", "\n\u00A0 milestone \"Shadow\"");
		assertTrue(!pasted.equals(MESSY_FORMATTED), "the replacements must change the text");
		assertEquals(MESSY_FORMATTED, format(pasted));
	}

	@Test
	void aProgrammeFile() {
		assertEquals("""
				programme p-2027 "P"
				  time zone "Europe/London"

				contact office "Office"
				  responsible for "questions"

				cadence monthly-default
				  monthly on the second Tuesday at 17:00 for 60 minutes by video

				escalation standard
				  first office "talk"
				""", format("programme p-2027 \"P\" time zone \"Europe/London\" contact office \"Office\" responsible for"
				+ " \"questions\" cadence monthly-default monthly on the second Tuesday at 17:00 for 60 minutes by video"
				+ " escalation standard first office \"talk\""));
	}

	@Test
	void commentsAreKeptWhereTheyAre() {
		String formatted = """
				/* header
				     block, kept as written */
				agreement x "X" // the id and title
				  from 2027-01-11 /* inline */ to 2027-02-11

				// about the parties
				mentor ada "Ada"
				  // her duties:
				  responsible for "a" // first
				  responsible for "b"
				//mentee without space after the slashes
				mentee grace "Grace"

				goal g "G"
				  milestone "m" due 2027-01-20 // trailing

				// a comment before the review
				// last words

				review on 2027-02-11 // end
				""";
		assertEquals(formatted, format(formatted));
		String moved = "/* header\n     block, kept as written */  agreement x \"X\"// the id and title\n"
				+ "from 2027-01-11   /* inline */   to 2027-02-11\n"
				+ "  // about the parties\n"
				+ "mentor ada \"Ada\"\n"
				+ "// her duties:\n"
				+ "        responsible for \"a\"\t// first\n"
				+ "responsible for \"b\"\n"
				+ "    //mentee without space after the slashes\n"
				+ "mentee grace \"Grace\"\n"
				+ "goal g \"G\" milestone \"m\" due 2027-01-20// trailing\n"
				+ "\n"
				+ "   // a comment before the review\n"
				+ "// last words\n"
				+ "\n\n\n"
				+ "review on 2027-02-11 // end\n\n";
		assertEquals(formatted, format(moved));
	}

	@Test
	void aCommentThatSplitsALineStaysAndTheLineContinuesIndented() {
		assertEquals("""
				agreement x "X"

				mentor ada // her short name
				  "Ada Lovelace"
				""", format("agreement x \"X\" mentor ada // her short name\n\"Ada Lovelace\""));
	}

	@Test
	void commentsAtTheEndOfTheFile() {
		assertEquals("agreement x \"X\"\n\n// the end\n", format("agreement x \"X\"\n\n\n// the end"));
		assertEquals("agreement x \"X\" /* the end */\n", format("agreement x \"X\" /* the end */"));
		assertEquals("agreement x \"X\"\n// the end\n", format("agreement x \"X\"\n// the end\n\n\n"));
	}

	@Test
	void multiLineTextIsKeptExactly() {
		String text = "agreement x \"X\"\n\npurpose \"First line,\n\tsecond line with a tab,\n\n   after an empty line.  \"\n\n"
				+ "confidential \u201ctypographic\n    quotes\u201d\n";
		assertEquals(text, format(text));
		assertEquals(text, format(text.replace("\n\npurpose", " purpose").replace("\n\nconfidential", "   confidential")));
	}

	@Test
	void blankLinesBetweenSectionsOfTheSameKindMayStayOut() {
		String together = """
				agreement x "X"

				mentor ada "Ada"
				mentee grace "Grace"

				kickoff on 2027-01-11
				check-in on 2027-02-11
				retrospective on 2027-03-11
				  prompt "p"

				risk "a"
				risk "b"

				decided on 2027-01-11 "d"
				changed on 2027-01-12 "c"
				decided on 2027-01-13 "e"

				confidential "one"
				confidential "two"
				""";
		assertEquals(together, format(together));
		String apart = together.replace("\n", "\n\n").replace("\n\n\n\n", "\n\n").replace("\n\n  prompt", "\n  prompt")
				.stripTrailing() + "\n";
		assertEquals(apart, format(apart));
		assertEquals(apart, format(apart.replace("\n\n", "\n\n\n\n")));
	}

	@Test
	void otherSectionsAlwaysGetOneBlankLine() {
		assertEquals("""
				agreement x "X"

				mentor ada "Ada"

				check-in on 2027-02-11
				  about g

				review on 2027-03-11

				risk "a"

				purpose "p"

				modes
				  async
				""", format("""
				agreement x "X"
				mentor ada "Ada"
				check-in on 2027-02-11 about g
				review on 2027-03-11
				risk "a"
				purpose "p"
				modes async
				"""));
	}

	@Test
	void windowsLineBreaksStayWindowsLineBreaks() {
		assertEquals("agreement x \"X\"\r\n  version 1 // c\r\n\r\nmentor ada \"Ada\"\r\n",
				format("agreement x \"X\"\r\nversion 1 // c\r\nmentor ada \"Ada\""));
	}

	@Test
	void aFileWithSyntaxErrorsIsNotFormatted() {
		String broken = "agreement   x \"X\"\nmentor ada\n  goal   \"G\"\n";
		assertEquals(Optional.empty(), formatOnce(broken));
		// the formatter itself (as the language server calls it) changes nothing either
		XtextResource resource = parse(broken);
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(regionAccess.forNodeModel(resource).create());
		List<ITextReplacement> edits = formatter.get().format(request);
		assertEquals(List.of(), edits);
	}

	/** Models built in code (quick fixes, refactorings) are serialized in the house style too. */
	@Test
	void theSerializerLaysOutNewModelsInTheHouseStyle() {
		MentorFactory make = MentorFactory.eINSTANCE;
		Agreement agreement = make.createAgreement();
		agreement.setName("x");
		agreement.setTitle("X");
		agreement.setVersion(2);
		Party ada = make.createParty();
		ada.setRole(PartyRole.MENTOR);
		ada.setName("ada");
		ada.setFullName("Ada");
		Responsibility responsibility = make.createResponsibility();
		responsibility.setText("feedback");
		ada.getResponsibilities().add(responsibility);
		Party grace = make.createParty();
		grace.setRole(PartyRole.MENTEE);
		grace.setName("grace");
		grace.setFullName("Grace");
		Risk risk = make.createRisk();
		risk.setText("crunch");
		agreement.getSections().addAll(List.of(ada, grace, risk));
		MentorFile file = make.createMentorFile();
		file.setDocument(agreement);
		resourceSets.get().createResource(URI.createURI("new.mentor")).getContents().add(file);
		assertEquals("""
				agreement x "X"
				  version 2

				mentor ada "Ada"
				  responsible for "feedback"
				mentee grace "Grace"

				risk "crunch"
				""", serializer.serialize(file, SaveOptions.newBuilder().format().getOptions()));
	}

	@Test
	void anEmptyFileStaysEmpty() {
		assertEquals("", format(""));
		assertEquals("// only a comment", format("// only a comment"));
	}
}
