package org.mentorship.cli;

import java.util.Map;

import picocli.CommandLine.Help.Ansi;

/**
 * How output looks: colours and the source line under a finding on a terminal, plain text otherwise (pipes,
 * files, CI logs). Colours are rendered by picocli's ANSI support ({@link Ansi}); this class only decides
 * whether they are on, from {@code --color=auto|always|never}, the NO_COLOR convention (no-color.org) and
 * whether the streams are terminals. The environment and the terminal test are passed in, so tests can
 * set them.
 */
final class Output {

	enum ColorMode {
		auto, always, never
	}

	/** Colours of stdout and stderr. */
	final Ansi ansi;
	/** stdout is a terminal (or --color=always): findings show their source line with a caret. */
	final boolean decorated;
	/** stderr is a terminal: long runs show a progress bar there. */
	final boolean progress;

	private Output(Ansi ansi, boolean decorated, boolean progress) {
		this.ansi = ansi;
		this.decorated = decorated;
		this.progress = progress;
	}

	static final Output PLAIN = new Output(Ansi.OFF, false, false);

	/**
	 * @param terminal whether stdout and stderr are a terminal ({@code System.console() != null})
	 */
	static Output of(ColorMode mode, Map<String, String> env, boolean terminal) {
		boolean dumb = "dumb".equals(env.get("TERM"));
		String noColor = env.get("NO_COLOR");
		boolean colourWanted = switch (mode) {
		case always -> true;
		case never -> false;
		case auto -> terminal && !dumb && (noColor == null || noColor.isEmpty());
		};
		return new Output(colourWanted ? Ansi.ON : Ansi.OFF, mode == ColorMode.always || terminal && !dumb,
				terminal && !dumb);
	}

	/** The --color value of a command line before picocli parses it (help is printed during parsing). */
	static ColorMode mode(String... args) {
		ColorMode mode = ColorMode.auto;
		for (int i = 0; i < args.length; i++) {
			String value = args[i].startsWith("--color=") ? args[i].substring("--color=".length())
					: args[i].equals("--color") && i + 1 < args.length ? args[i + 1] : null;
			if (value != null) {
				for (ColorMode m : ColorMode.values()) {
					if (m.name().equalsIgnoreCase(value)) {
						mode = m;
					}
				}
			}
			if (args[i].equals("--")) {
				break;
			}
		}
		return mode;
	}
}
