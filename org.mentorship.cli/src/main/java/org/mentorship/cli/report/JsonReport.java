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
 * Machine-readable findings: {@code {"files": N, "errors": E, "warnings": W, "infos": I,
 * "diagnostics": [{file, line, column, endLine, endColumn, severity, message, code, fixable}]}}.
 * {@code fixable}: {@code mentor fix} can fix the finding.
 */
public class JsonReport implements Report {

	@Override
	public void write(Map<Path, List<Finding>> findings, PrintWriter out) {
		JsonObject root = new JsonObject();
		root.addProperty("files", findings.size());
		for (Finding.Level level : Finding.Level.values()) {
			root.addProperty(level.word() + "s", Finding.count(findings, level));
		}
		JsonArray diagnostics = new JsonArray();
		findings.values().stream().flatMap(List::stream).forEach(f -> {
			JsonObject d = new JsonObject();
			d.addProperty("file", Report.displayPath(f.file()));
			d.addProperty("line", f.line());
			d.addProperty("column", f.column());
			d.addProperty("endLine", f.endLine());
			d.addProperty("endColumn", f.endColumn());
			d.addProperty("severity", f.level().word());
			d.addProperty("message", f.message());
			d.addProperty("code", f.code());
			d.addProperty("fixable", f.fixable());
			diagnostics.add(d);
		});
		root.add("diagnostics", diagnostics);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}
}
