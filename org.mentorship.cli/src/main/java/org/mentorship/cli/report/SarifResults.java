package org.mentorship.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import static org.mentorship.cli.report.SarifReport.BASE_ID;
import static org.mentorship.cli.report.SarifReport.sentence;
import static org.mentorship.cli.report.SarifReport.text;

/**
 * The results of a SARIF run: one a finding, its file relative to {@code %SRCROOT%} when it lies inside it
 * (else its absolute file: URI), its rule by index, and a fingerprint that survives edits elsewhere
 * ({@link SarifFingerprints}).
 */
final class SarifResults {

	private final Path base;
	private final SarifRules rules;
	private final SarifFingerprints fingerprints = new SarifFingerprints();

	/** @param base the folder %SRCROOT% stands for (absolute, normalised) */
	SarifResults(Path base, SarifRules rules) {
		this.base = base;
		this.rules = rules;
	}

	JsonArray of(Map<Path, List<Finding>> findings) {
		JsonArray results = new JsonArray();
		findings.values().stream().flatMap(List::stream).forEach(f -> results.add(result(f)));
		return results;
	}

	/** A relative path as a URI reference: spaces and other reserved characters percent-encoded. */
	private static String relativeUri(String path) {
		try {
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}

	private JsonObject artifact(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		JsonObject artifact = new JsonObject();
		if (absolute.startsWith(base)) {
			artifact.addProperty("uri", relativeUri(base.relativize(absolute).toString().replace('\\', '/')));
			artifact.addProperty("uriBaseId", BASE_ID);
		} else {
			artifact.addProperty("uri", absolute.toUri().toString());
		}
		return artifact;
	}

	private JsonObject result(Finding f) {
		JsonObject region = new JsonObject();
		region.addProperty("startLine", f.line());
		region.addProperty("startColumn", f.column());
		region.addProperty("endLine", f.endLine());
		region.addProperty("endColumn", Math.max(f.endColumn(), f.line() == f.endLine() ? f.column() : 1));
		JsonObject artifact = artifact(f.file());
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", f.code());
		result.addProperty("ruleIndex", rules.indexOf(f.code()));
		result.addProperty("level", switch (f.level()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		});
		result.add("message", text(sentence(f.message())));
		result.add("locations", locations);
		JsonObject partial = new JsonObject();
		partial.addProperty(SarifFingerprints.KEY, fingerprints.of(f, artifact.get("uri").getAsString()));
		result.add("partialFingerprints", partial);
		JsonObject properties = new JsonObject();
		properties.addProperty("fixable", f.fixable()); // mentor fix can fix it
		result.add("properties", properties);
		return result;
	}
}
