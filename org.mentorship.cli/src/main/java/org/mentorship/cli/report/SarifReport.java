package org.mentorship.cli.report;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mentorship.cli.check.Finding;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, the format GitHub code scanning and other CI dashboards import. One run, one rule
 * per issue code met, one result per finding; file locations are relative to the working folder
 * (uriBaseId %SRCROOT%) so the dashboard can link them to the repository.
 */
public class SarifReport implements Report {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private final String toolVersion;

	public SarifReport(String toolVersion) {
		this.toolVersion = toolVersion;
	}

	@Override
	public void write(Map<Path, List<Finding>> findings, PrintWriter out) {
		Map<String, Integer> ruleIndex = new TreeMap<>();
		findings.values().stream().flatMap(List::stream).forEach(f -> ruleIndex.putIfAbsent(f.code(), 0));
		JsonArray rules = new JsonArray();
		int index = 0;
		for (Map.Entry<String, Integer> rule : ruleIndex.entrySet()) {
			rule.setValue(index++);
			JsonObject r = new JsonObject();
			r.addProperty("id", rule.getKey());
			rules.add(r);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "mentor");
		driver.addProperty("version", toolVersion);
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonArray results = new JsonArray();
		findings.values().stream().flatMap(List::stream).forEach(f -> results.add(result(f, ruleIndex.get(f.code()))));

		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonObject root = new JsonObject();
		root.addProperty("$schema", SCHEMA);
		root.addProperty("version", "2.1.0");
		JsonArray runs = new JsonArray();
		runs.add(run);
		root.add("runs", runs);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}

	/** A relative path as a URI reference: spaces and other reserved characters percent-encoded. */
	private static String relativeUri(String path) {
		try {
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}

	private static JsonObject result(Finding f, int ruleIndex) {
		JsonObject region = new JsonObject();
		region.addProperty("startLine", f.line());
		region.addProperty("startColumn", f.column());
		region.addProperty("endLine", f.endLine());
		region.addProperty("endColumn", Math.max(f.endColumn(), f.line() == f.endLine() ? f.column() : 1));
		JsonObject artifact = new JsonObject();
		String shown = Report.displayPath(f.file());
		if (Path.of(shown).isAbsolute()) {
			artifact.addProperty("uri", f.file().toAbsolutePath().toUri().toString());
		} else {
			artifact.addProperty("uri", relativeUri(shown));
			artifact.addProperty("uriBaseId", "%SRCROOT%");
		}
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		JsonObject message = new JsonObject();
		message.addProperty("text", f.message());
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", f.code());
		result.addProperty("ruleIndex", ruleIndex);
		result.addProperty("level", switch (f.level()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		});
		result.add("message", message);
		result.add("locations", locations);
		JsonObject properties = new JsonObject();
		properties.addProperty("fixable", f.fixable()); // mentor fix can fix it
		result.add("properties", properties);
		return result;
	}
}
