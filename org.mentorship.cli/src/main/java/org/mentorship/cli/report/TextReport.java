package org.mentorship.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;

/**
 * {@code path:line:col: severity: message [code]}, the format editors and CI logs link to, with
 * {@code  (fix available)} at the end when {@code mentor fix} can fix the finding.
 */
public class TextReport implements Report {

	static final String FIX_AVAILABLE = " (fix available)";

	@Override
	public void write(Map<Path, List<Finding>> findings, PrintWriter out) {
		findings.values().stream().flatMap(List::stream).forEach(f -> out.println(line(f)));
	}

	public static String line(Finding f) {
		return Report.displayPath(f.file()) + ":" + f.line() + ":" + f.column() + ": " + f.level().word() + ": "
				+ f.message() + " [" + f.code() + "]" + (f.fixable() ? FIX_AVAILABLE : "");
	}
}
