package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every ```mentor block of docs/language.md is a complete file that parses and links on its own, so
 * the reference never shows an example that does not work. Snippets that cannot stand alone (they need
 * a programme file) are ```text blocks and are not checked here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class LanguageDocsTest {

	/** The language reference documents every construct, so it has at least this many examples. */
	private static final int MINIMUM_BLOCKS = 25;

	private static final String OPENING_FENCE = "```mentor";
	private static final String CLOSING_FENCE = "```";

	/** One ```mentor block: the line of its opening fence (counted from 1) and its text. */
	record Block(int line, String text) {

		String firstLine() {
			return text.lines().findFirst().orElse("").strip();
		}
	}

	/** The docs folder: set by the build (see pom.xml), or found from the test bundle's folder. */
	static Path docs() {
		return Paths.get(System.getProperty("mentor.docs", "../docs"));
	}

	static Path languageReference() {
		return docs().resolve("language.md");
	}

	/** The ```mentor blocks of a Markdown text, in order. */
	static List<Block> mentorBlocks(List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).strip().equals(OPENING_FENCE)) {
				continue;
			}
			int opening = i;
			StringBuilder text = new StringBuilder();
			for (i++; i < lines.size() && !lines.get(i).strip().equals(CLOSING_FENCE); i++) {
				text.append(lines.get(i)).append('\n');
			}
			assertTrue(i < lines.size(), "the ```mentor block at line " + (opening + 1) + " is never closed");
			blocks.add(new Block(opening + 1, text.toString()));
		}
		return blocks;
	}

	@Inject
	private AgreementFixture fixture;

	@TestFactory
	Stream<DynamicTest> everyMentorBlockParsesWithoutErrors() throws IOException {
		Path file = languageReference();
		List<Block> blocks = mentorBlocks(Files.readAllLines(file, StandardCharsets.UTF_8));
		assertTrue(blocks.size() >= MINIMUM_BLOCKS, "expected at least " + MINIMUM_BLOCKS
				+ " ```mentor blocks in " + file + ", found " + blocks.size());
		return blocks.stream().map(block -> DynamicTest.dynamicTest(
				"line " + block.line() + ": " + block.firstLine(), () -> parse(block)));
	}

	private void parse(Block block) {
		assertFalse(block.text().isBlank(), "the ```mentor block at line " + block.line() + " is empty");
		try {
			fixture.parseWithoutErrors(block.text());
		} catch (AssertionError e) {
			throw new AssertionError("the ```mentor block at line " + block.line() + " of " + languageReference()
					+ ", starting '" + block.firstLine() + "', is not a valid file on its own: " + e.getMessage(), e);
		}
	}
}
