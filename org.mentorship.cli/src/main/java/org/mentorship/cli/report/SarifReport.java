package org.mentorship.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, the format GitHub code scanning and other CI dashboards import, written so that Microsoft's
 * SARIF Multitool ({@code validate --rule-kind "Gh;Sarif"}) finds nothing to say:
 * <ul>
 * <li>one run; {@code tool.driver.rules} is the whole catalogue of docs/rules.md ({@link RuleCatalogue}), with
 * descriptions, help and a link to the rule's section, in a stable order ({@link SarifRules});</li>
 * <li>file locations relative to {@code %SRCROOT%}, the repository root (see {@link SourceRoot}), declared in
 * {@code originalUriBaseIds}; a file outside it gets its absolute file: URI;</li>
 * <li>{@code partialFingerprints} that survive edits elsewhere in the file (code, file, the text of the
 * line, and which of its equals it is), so a dashboard keeps recognising a finding ({@link SarifResults},
 * {@link SarifFingerprints});</li>
 * <li>one invocation saying whether the run succeeded: a run that failed (exit code 2) writes a log with no
 * results and the reason as a notification.</li>
 * </ul>
 */
public class SarifReport implements Report {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String BASE_ID = "%SRCROOT%";

	private final String toolVersion;
	private final Path base;
	private int exitCode;
	private String failure;

	/** @param base the folder %SRCROOT% stands for (absolute) */
	public SarifReport(String toolVersion, Path base) {
		this.toolVersion = toolVersion;
		this.base = base.toAbsolutePath().normalize();
	}

	/** How the run ends: its exit code, and for a failed run (exit code 2) the reason, else null. */
	public SarifReport outcome(int exitCode, String failure) {
		this.exitCode = exitCode;
		this.failure = failure;
		return this;
	}

	/** A log for a run that could not check anything (exit code 2): no results, the reason as a notification. */
	public void writeFailure(String reason, PrintWriter out) {
		outcome(2, reason).write(Map.of(), out);
	}

	@Override
	public void write(Map<Path, List<Finding>> findings, PrintWriter out) {
		SarifRules rules = new SarifRules(findings);
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "mentor");
		driver.addProperty("fullName", "mentor (Mentorship Studio)");
		driver.addProperty("version", toolVersion);
		driver.addProperty("informationUri", RuleCatalogue.docsUrl() + "/cli.md");
		driver.add("rules", rules.json());
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("invocations", invocations());
		JsonObject srcRoot = new JsonObject();
		srcRoot.addProperty("uri", directoryUri(base));
		JsonObject description = new JsonObject();
		description.addProperty("text", "The root of the repository (or the folder mentor ran in, or --base).");
		srcRoot.add("description", description);
		JsonObject baseIds = new JsonObject();
		baseIds.add(BASE_ID, srcRoot);
		run.add("originalUriBaseIds", baseIds);
		run.add("results", new SarifResults(base, rules).of(findings));
		run.addProperty("columnKind", "utf16CodeUnits");
		JsonObject root = new JsonObject();
		root.addProperty("$schema", SCHEMA);
		root.addProperty("version", "2.1.0");
		JsonArray runs = new JsonArray();
		runs.add(run);
		root.add("runs", runs);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}

	private JsonArray invocations() {
		JsonObject invocation = new JsonObject();
		invocation.addProperty("executionSuccessful", failure == null);
		invocation.addProperty("exitCode", exitCode);
		if (failure != null) {
			JsonObject notification = new JsonObject();
			notification.addProperty("level", "error");
			notification.add("message", text(sentence(failure)));
			JsonArray notifications = new JsonArray();
			notifications.add(notification);
			invocation.add("toolExecutionNotifications", notifications);
		}
		JsonArray invocations = new JsonArray();
		invocations.add(invocation);
		return invocations;
	}

	static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	/** SARIF asks messages to be sentences: a period at the end when the text has none. */
	static String sentence(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
	}

	private static String directoryUri(Path folder) {
		String uri = folder.toUri().toString();
		return uri.endsWith("/") ? uri : uri + "/";
	}
}
