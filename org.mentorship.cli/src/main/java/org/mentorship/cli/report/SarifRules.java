package org.mentorship.cli.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;
import org.mentorship.cli.report.RuleCatalogue.Rule;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import static org.mentorship.cli.report.SarifReport.sentence;
import static org.mentorship.cli.report.SarifReport.text;

/**
 * The rules of a SARIF run ({@code tool.driver.rules}): the whole catalogue of docs/rules.md
 * ({@link RuleCatalogue}) in its order, with descriptions, help and a link to the rule's section, then any
 * code a finding has that the catalogue lacks; results point to their rule by its index here.
 */
final class SarifRules {

	private final Map<String, Integer> index = new LinkedHashMap<>();
	private final JsonArray json = new JsonArray();

	SarifRules(Map<Path, List<Finding>> findings) {
		for (Rule rule : RuleCatalogue.get().all()) {
			index.put(rule.code(), json.size());
			json.add(rule(rule));
		}
		findings.values().stream().flatMap(List::stream).map(Finding::code).sorted().distinct()
				.filter(code -> !index.containsKey(code)).forEach(code -> {
					index.put(code, json.size());
					json.add(uncatalogued(code));
				});
	}

	JsonArray json() {
		return json;
	}

	int indexOf(String code) {
		return index.get(code);
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
}
