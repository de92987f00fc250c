package org.mentorship.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;
import org.mentorship.cli.report.RuleCatalogue.Rule;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, the format GitHub code scanning and other CI dashboards import, written so that Microsoft's
 * SARIF Multitool ({@code validate --rule-kind "Gh;Sarif"}) finds nothing to say:
 * <ul>
 * <li>one run; {@code tool.driver.rules} is the whole catalogue of docs/rules.md ({@link RuleCatalogue}), with
 * descriptions, help and a link to the rule's section, in a stable order;</li>
 * <li>file locations relative to {@code %SRCROOT%}, the repository root (see {@link SourceRoot}), declared in
 * {@code originalUriBaseIds}; a file outside it gets its absolute file: URI;</li>
 * <li>{@code partialFingerprints} that survive edits elsewhere in the file (code, file, the text of the
 * line, and which of its equals it is), so a dashboard keeps recognising a finding;</li>
 * <li>one invocation saying whether the run succeeded: a run that failed (exit code 2) writes a log with no
 * results and the reason as a notification.</li>
 * </ul>
 */
public class SarifReport implements Report {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String BASE_ID = "%SRCROOT%";
	/** The key of our fingerprint; its version changes when what it hashes does. */
	static final String FINGERPRINT = "mentorFindingHash/v1";

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
		RuleCatalogue catalogue = RuleCatalogue.get();
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		for (Rule rule : catalogue.all()) {
			ruleIndex.put(rule.code(), rules.size());
			rules.add(rule(rule));
		}
		findings.values().stream().flatMap(List::stream).map(Finding::code).sorted().distinct()
				.filter(code -> !ruleIndex.containsKey(code)).forEach(code -> {
					ruleIndex.put(code, rules.size());
					rules.add(uncatalogued(code));
				});

		JsonObject driver = new JsonObject();
		driver.addProperty("name", "mentor");
		driver.addProperty("fullName", "mentor (Mentorship Studio)");
		driver.addProperty("version", toolVersion);
		driver.addProperty("informationUri", RuleCatalogue.docsUrl() + "/cli.md");
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonArray results = new JsonArray();
		Fingerprints fingerprints = new Fingerprints();
		findings.values().stream().flatMap(List::stream)
				.forEach(f -> results.add(result(f, ruleIndex.get(f.code()), fingerprints)));

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
		run.add("results", results);
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

	private static JsonObject rule(Rule rule) {
		JsonObject r = new JsonObject();
		r.addProperty("id", rule.code());
		r.addProperty("name", friendlyName(rule.code()));
		r.add("shortDescription", text(sentence(capitalised(firstClause(rule.triggeredBy())))));
		r.add("fullDescription", text(sentence(capitalised(rule.triggeredBy())) + " Example: " + sentence(rule.example())));
		String help = "Example: " + sentence(rule.example()) + " Triggered by " + sentence(rule.triggeredBy())
				+ (rule.quickFix() == null ? "" : " Quick fix (mentor fix applies it): " + sentence(rule.quickFix()))
				+ " See docs/rules.md, section \"" + rule.section() + "\".";
		JsonObject helpObject = new JsonObject();
		String helpUri = RuleCatalogue.docsUrl() + "/rules.md#" + rule.anchor();
		helpObject.addProperty("text", help);
		helpObject.addProperty("markdown", "**" + rule.severity() + "** by default (a programme file may change it).\n\n"
				+ "Triggered by " + sentence(rule.triggeredBy()) + "\n\nExample: " + sentence(rule.example())
				+ (rule.quickFix() == null ? "" : "\n\nQuick fix (`mentor fix` applies it): " + sentence(rule.quickFix()))
				+ "\n\n[docs/rules.md: " + rule.section() + "](" + helpUri + ")");
		r.add("help", helpObject);
		r.addProperty("helpUri", helpUri);
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.severity()));
		r.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		JsonArray tags = new JsonArray();
		tags.add("mentorship");
		properties.add("tags", tags);
		r.add("properties", properties);
		return r;
	}

	/** A code met in a finding that docs/rules.md does not list (a bug: RuleCatalogueTest guards against it). */
	private static JsonObject uncatalogued(String code) {
		JsonObject r = new JsonObject();
		r.addProperty("id", code);
		r.addProperty("name", friendlyName(code));
		r.add("shortDescription", text("A finding of " + code + "."));
		r.add("fullDescription", text("A finding of " + code + "; docs/rules.md lists the rules."));
		JsonObject help = new JsonObject();
		help.addProperty("text", "See docs/rules.md for the rules mentor applies.");
		r.add("help", help);
		r.addProperty("helpUri", RuleCatalogue.docsUrl() + "/rules.md");
		return r;
	}

	/** mentor.goal.no-milestone: GoalNoMilestone (SARIF's "friendly name" of a rule). */
	static String friendlyName(String code) {
		StringBuilder name = new StringBuilder();
		for (String word : code.replaceFirst("^mentor\\.", "").split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return name.toString();
	}

	/** The text up to its first ";", ". " or ":" (the rest explains it). */
	static String firstClause(String text) {
		int end = text.length();
		for (String stop : new String[] { "; ", ". ", ": " }) {
			int at = text.indexOf(stop);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		return text.substring(0, end);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String level(String severity) {
		return switch (severity) {
		case "error" -> "error";
		case "warning" -> "warning";
		default -> "note";
		};
	}

	private static JsonObject text(String text) {
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

	private JsonObject result(Finding f, int ruleIndex, Fingerprints fingerprints) {
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
		result.addProperty("ruleIndex", ruleIndex);
		result.addProperty("level", switch (f.level()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		});
		result.add("message", text(sentence(f.message())));
		result.add("locations", locations);
		JsonObject partial = new JsonObject();
		partial.addProperty(FINGERPRINT, fingerprints.of(f, artifact.get("uri").getAsString()));
		result.add("partialFingerprints", partial);
		JsonObject properties = new JsonObject();
		properties.addProperty("fixable", f.fixable()); // mentor fix can fix it
		result.add("properties", properties);
		return result;
	}

	/**
	 * Fingerprints that do not move when lines are added or removed elsewhere: a hash of the code, the file,
	 * the text of the finding's line (blanks collapsed) and how many equal findings came before it in the
	 * file. Neither the line number nor the message (which may name today's date) is part of it.
	 */
	private static final class Fingerprints {
		private final Map<Path, List<String>> lines = new HashMap<>();
		private final Map<String, Integer> seen = new HashMap<>();

		String of(Finding f, String uri) {
			List<String> text = lines.computeIfAbsent(f.file(), Fingerprints::read);
			String line = f.line() >= 1 && f.line() <= text.size() ? text.get(f.line() - 1).strip().replaceAll("\\s+", " ") : "";
			String key = f.code() + '\0' + uri + '\0' + line;
			int occurrence = seen.merge(key, 1, Integer::sum);
			return sha256(key + '\0' + occurrence);
		}

		private static List<String> read(Path file) {
			try {
				if (Files.size(file) > 4L * 1024 * 1024) {
					return List.of();
				}
				return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
			} catch (IOException | RuntimeException e) {
				return List.of(); // unreadable: the code and the file still tell findings apart
			}
		}

		private static String sha256(String key) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(hash, 0, 16);
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
