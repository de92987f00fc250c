package org.mentorship.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one catalogue of issue codes, docs/rules.md, as the SARIF report describes its rules. The page is
 * packed into mentor.jar (see the module's pom), so what a code-scanning dashboard shows for a rule is
 * what the documentation says, word for word: every row of its tables
 * {@code | `code` | severity | message (example) | triggered by | quick fix |} is one rule, and the
 * heading above the table is the section its help link points to.
 */
public final class RuleCatalogue {

	static final String RESOURCE = "rules.md";

	/** One row of docs/rules.md. {@code severity}: error, warning or info; {@code quickFix} null when none. */
	public record Rule(String code, String severity, String example, String triggeredBy, String quickFix, String section,
			String anchor) {
	}

	private static final RuleCatalogue INSTANCE = load();

	private final Map<String, Rule> rules;

	private RuleCatalogue(Map<String, Rule> rules) {
		this.rules = rules;
	}

	public static RuleCatalogue get() {
		return INSTANCE;
	}

	public Optional<Rule> rule(String code) {
		return Optional.ofNullable(rules.get(code));
	}

	/** Every rule, in the order of docs/rules.md. */
	public Collection<Rule> all() {
		return rules.values();
	}

	/** The address of docs/ (no trailing slash) that help links point into: see {@link DocsLink}. */
	public static String docsUrl() {
		return DocsLink.docs();
	}

	static RuleCatalogue load() {
		try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not packed with mentor (see org.mentorship.cli/pom.xml)");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static RuleCatalogue parse(String markdown) {
		Map<String, Rule> rules = new LinkedHashMap<>();
		String section = "";
		for (String line : markdown.split("\\R")) {
			if (line.startsWith("## ")) {
				section = line.substring(3).trim();
			} else if (line.startsWith("| `mentor.")) {
				String[] cells = cells(line);
				if (cells.length < 5) {
					continue;
				}
				String code = unquote(cells[0]);
				String fix = cells[4].equals("-") ? null : cells[4];
				rules.putIfAbsent(code, new Rule(code, cells[1], plain(cells[2]), plain(cells[3]), fix == null ? null : plain(fix),
						plain(section), anchor(section)));
			}
		}
		return new RuleCatalogue(rules);
	}

	/** The cells of a table row; a | inside backticks belongs to the cell. */
	private static String[] cells(String row) {
		java.util.List<String> cells = new java.util.ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean code = false;
		String inner = row.trim();
		inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
		for (char c : inner.toCharArray()) {
			if (c == '`') {
				code = !code;
			}
			if (c == '|' && !code) {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().trim());
		return cells.toArray(String[]::new);
	}

	private static String unquote(String cell) {
		return cell.replace("`", "").trim();
	}

	/** Markdown of one cell as plain text: no backticks, no emphasis. */
	static String plain(String markdown) {
		return markdown.replace("`", "").replace("**", "").trim();
	}

	/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
	static String anchor(String heading) {
		String lower = heading.toLowerCase(Locale.ROOT);
		StringBuilder anchor = new StringBuilder();
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
				anchor.append(c);
			} else if (c == ' ') {
				anchor.append('-');
			}
		}
		return anchor.toString();
	}
}
