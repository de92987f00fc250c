package org.mentorship.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mentorship.dsl.ide.contentassist.Skeletons;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The goal, cadence and new-agreement snippets of the VS Code extension (org.mentorship.vscode/snippets/mentor.json)
 * are the skeletons content assist and the Eclipse New Agreement wizard write ({@link Skeletons}), so every editor
 * inserts the same text. This test fails when the file differs; with {@code -Dmentor.updateVsCode=true} it writes
 * them instead. A snippet cannot compute a date or ask for names, so its dates and parties are fixed examples.
 */
class SnippetsTest {

	private static final Path FILE = Path.of(System.getProperty("mentor.vscode", "../org.mentorship.vscode"), "snippets",
			"mentor.json");
	static final LocalDate EXAMPLE_DUE = LocalDate.of(2027, 2, 1);
	static final Skeletons.NewAgreement EXAMPLE_AGREEMENT = new Skeletons.NewAgreement("mentor-mentee-2027",
			"What this mentorship is about", "ada", "Mentor Name", "mentor@example.org", "lin", "Mentee Name",
			"mentee@example.org", LocalDate.of(2027, 1, 11), 3, "weekly", DayOfWeek.MONDAY, "Europe/Berlin");
	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	@Test
	void goalCadenceAndAgreementSnippetsAreTheSkeletons() throws IOException {
		String text = Files.readString(FILE, StandardCharsets.UTF_8);
		String generated = text;
		for (Map.Entry<String, String> snippet : Map.of("Goal", Skeletons.goalSnippet(EXAMPLE_DUE), "Cadence",
				Skeletons.cadenceSnippet(false), "New agreement", Skeletons.agreementSnippet(EXAMPLE_AGREEMENT)).entrySet()) {
			generated = withBody(generated, snippet.getKey(), body(snippet.getValue()));
		}
		if (Boolean.getBoolean("mentor.updateVsCode")) {
			Files.writeString(FILE, generated, StandardCharsets.UTF_8);
		}
		assertEquals(generated, text, FILE + " is out of step with Skeletons: run this test with"
				+ " -Dmentor.updateVsCode=true and commit the file");
		JsonElement parsed = JsonParser.parseString(text);
		assertTrue(parsed.getAsJsonObject().has("Check-in") && parsed.getAsJsonObject().has("Sign-off"),
				"the other snippets are kept");
	}

	/** The snippet's lines, ending with the final tab stop. */
	private static List<String> body(String skeleton) {
		List<String> lines = new ArrayList<>(skeleton.lines().toList());
		lines.add("$0");
		return lines;
	}

	/** The file with the body of one snippet replaced, one line per array element as the file writes them. */
	private static String withBody(String text, String name, List<String> lines) {
		Matcher m = Pattern.compile("(\"" + Pattern.quote(name) + "\": \\{[^}]*?\"body\": )\\[[^\\]]*\\]").matcher(text);
		assertTrue(m.find(), "no snippet " + name + " in " + FILE);
		StringBuilder array = new StringBuilder("[\n");
		for (int i = 0; i < lines.size(); i++) {
			array.append("      ").append(GSON.toJson(lines.get(i))).append(i + 1 < lines.size() ? ",\n" : "\n");
		}
		array.append("    ]");
		return text.substring(0, m.start()) + m.group(1) + array + text.substring(m.end());
	}
}
