package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The properties SARIF 2.1.0 requires (OASIS SARIF 2.1.0, sections 3.13 to 3.30) and the value sets
 * of the ones we use, checked without a network copy of the JSON schema.
 */
final class SarifAssertions {

	private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

	private SarifAssertions() {
	}

	static void assertValidSarif(String json) {
		JsonObject log = JsonParser.parseString(json).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString(), "sarifLog.version");
		assertTrue(log.has("$schema"));
		assertTrue(log.get("runs").isJsonArray(), "sarifLog.runs");
		for (JsonElement runElement : log.getAsJsonArray("runs")) {
			JsonObject run = runElement.getAsJsonObject();
			JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
			assertTrue(driver.get("name").getAsString().length() > 0, "toolComponent.name");
			assertTrue(run.getAsJsonArray("invocations").get(0).getAsJsonObject().has("executionSuccessful"),
					"invocation.executionSuccessful");
			assertTrue(run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString()
					.matches("file:.*/"), "%SRCROOT% is a folder's file: URI");
			int rules = driver.has("rules") ? driver.getAsJsonArray("rules").size() : 0;
			for (JsonElement rule : driver.has("rules") ? driver.getAsJsonArray("rules") : new com.google.gson.JsonArray()) {
				assertTrue(rule.getAsJsonObject().get("id").getAsString().length() > 0, "reportingDescriptor.id");
			}
			for (JsonElement resultElement : run.getAsJsonArray("results")) {
				JsonObject result = resultElement.getAsJsonObject();
				assertTrue(result.getAsJsonObject("message").get("text").getAsString().length() > 0, "result.message.text");
				assertTrue(LEVELS.contains(result.get("level").getAsString()), "result.level");
				int ruleIndex = result.get("ruleIndex").getAsInt();
				assertTrue(ruleIndex >= 0 && ruleIndex < rules, "result.ruleIndex");
				assertEquals(result.get("ruleId").getAsString(), driver.getAsJsonArray("rules").get(ruleIndex)
						.getAsJsonObject().get("id").getAsString(), "ruleId matches rules[ruleIndex]");
				assertTrue(result.getAsJsonObject("partialFingerprints").size() > 0, "result.partialFingerprints");
				for (JsonElement locationElement : result.getAsJsonArray("locations")) {
					JsonObject physical = locationElement.getAsJsonObject().getAsJsonObject("physicalLocation");
					assertTrue(physical.getAsJsonObject("artifactLocation").get("uri").getAsString().length() > 0);
					JsonObject region = physical.getAsJsonObject("region");
					int startLine = region.get("startLine").getAsInt();
					int startColumn = region.get("startColumn").getAsInt();
					assertTrue(startLine >= 1 && startColumn >= 1, "region starts at 1");
					assertTrue(region.get("endLine").getAsInt() >= startLine, "region.endLine");
				}
			}
		}
	}
}
