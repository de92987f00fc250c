package org.mentorship.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;

import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code path:line:col: severity: message [code]}, the format editors and CI logs link to, with
 * {@code  (fix available)} at the end when {@code mentor fix} can fix the finding. Decorated (on a
 * terminal) each finding is followed by its source line and a caret under the finding, and with colours
 * on, severity, path and caret are coloured by picocli's {@link Ansi}. Plain, it is one line per finding.
 */
public class TextReport implements Report {

	static final String FIX_AVAILABLE = " (fix available)";

	private final Ansi ansi;
	private final boolean decorated;
	private final Map<Path, List<String>> sources = new HashMap<>();

	/** Plain: one line per finding, no colours. */
	public TextReport() {
		this(Ansi.OFF, false);
	}

	public TextReport(Ansi ansi, boolean decorated) {
		this.ansi = ansi;
		this.decorated = decorated;
	}

	@Override
	public void write(Map<Path, List<Finding>> findings, PrintWriter out) {
		findings.values().stream().flatMap(List::stream).forEach(f -> {
			out.println(decorated || ansi.enabled() ? styledLine(f) : line(f));
			if (decorated) {
				snippet(f, out);
			}
		});
	}

	public static String line(Finding f) {
		return Report.displayPath(f.file()) + ":" + f.line() + ":" + f.column() + ": " + f.level().word() + ": "
				+ f.message() + " [" + f.code() + "]" + (f.fixable() ? FIX_AVAILABLE : "");
	}

	private String styled(String text, IStyle... styles) {
		return ansi.apply(text, List.of(styles)).toString();
	}

	private IStyle colour(Finding.Level level) {
		return switch (level) {
		case ERROR -> Style.fg_red;
		case WARNING -> Style.fg_yellow;
		case INFO -> Style.fg_cyan;
		};
	}

	private String styledLine(Finding f) {
		return styled(Report.displayPath(f.file()) + ":" + f.line() + ":" + f.column() + ":", Style.bold) + " "
				+ styled(f.level().word() + ":", Style.bold, colour(f.level())) + " " + f.message() + " "
				+ styled("[" + f.code() + "]", Style.faint) + (f.fixable() ? styled(FIX_AVAILABLE, Style.fg_green) : "");
	}

	/**
	 * The finding's line, as in compilers: {@code   12 | text}, then a caret under its first character and
	 * tildes under the rest of it on that line. Tabs show as one space so the caret stays aligned.
	 */
	private void snippet(Finding f, PrintWriter out) {
		List<String> lines = sources.computeIfAbsent(f.file(), TextReport::read);
		if (f.line() < 1 || f.line() > lines.size()) {
			return;
		}
		String text = lines.get(f.line() - 1).replace('\t', ' ');
		String number = String.valueOf(f.line());
		String gutter = " ".repeat(number.length() + 2);
		int start = Math.min(Math.max(f.column(), 1), text.length() + 1);
		int end = f.endLine() == f.line() ? Math.min(Math.max(f.endColumn(), start + 1), text.length() + 1)
				: text.length() + 1;
		String marker = "^" + "~".repeat(Math.max(0, end - start - 1));
		out.println(styled(" " + number + " | ", Style.faint) + text);
		out.println(styled(gutter + "| ", Style.faint) + " ".repeat(start - 1)
				+ styled(marker, Style.bold, colour(f.level())));
	}

	private static List<String> read(Path file) {
		try {
			if (Files.size(file) > 4L * 1024 * 1024) {
				return List.of();
			}
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			return text.indexOf('\0') >= 0 ? List.of() : text.lines().toList(); // binary: no source to show
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
