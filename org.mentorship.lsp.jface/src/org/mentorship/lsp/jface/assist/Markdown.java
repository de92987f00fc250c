package org.mentorship.lsp.jface.assist;

/**
 * Markdown as the plain text a JFace hover shows: emphasis and code marks dropped, escapes resolved, line
 * structure kept. (The platform's hover has no HTML renderer without org.eclipse.ui.browser.)
 */
final class Markdown {

	private Markdown() {
	}

	static String toPlainText(String markdown) {
		if (markdown == null) {
			return null;
		}
		String text = markdown.replace("\r\n", "\n")
				.replaceAll("(?m)^```\\w*\\n?", "")
				.replaceAll("(?m)^#{1,6}\\s+", "")
				.replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
				.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "$1")
				.replaceAll("`([^`]*)`", "$1")
				.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replaceAll("(?m)^---+$", "")
				.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>])", "$1");
		return text.strip();
	}
}
