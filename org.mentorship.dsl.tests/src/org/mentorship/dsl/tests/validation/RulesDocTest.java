package org.mentorship.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorship.dsl.validation.IssueCodes;

/** docs/rules.md documents every issue code there is, in a table row of its own. */
class RulesDocTest {

	@Test
	void everyCodeHasARow() throws IOException {
		String doc = Files.readString(Path.of(System.getProperty("mentor.docs", "../docs"), "rules.md"));
		List<String> missing = IssueCodes.all().stream().filter(code -> !doc.contains("| `" + code + "` |")).toList();
		assertEquals(List.of(), missing);
	}
}
