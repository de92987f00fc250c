package org.mentorship.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;

/** One output format of {@code mentor validate}. Reports write results to stdout only. */
public interface Report {

	void write(Map<Path, List<Finding>> findings, PrintWriter out);

	/** How a file is named in output: relative to the working folder when inside it, with / separators. */
	static String displayPath(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}
}
