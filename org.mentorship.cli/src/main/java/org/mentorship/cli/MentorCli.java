package org.mentorship.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code mentor} command. It only adapts the command line to the language core
 * (org.mentorship.dsl): every rule and message comes from there.
 *
 * Exit codes: 0 no errors, 1 errors found in the agreements, 2 a usage or input/output problem.
 * stdout carries results only (so JSON and SARIF stay parseable); everything else goes to stderr.
 */
@Command(name = "mentor", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = "Write, check and live by mentorship agreements (.mentor files).",
		footer = { "%nExamples:", "  mentor validate examples/", "  mentor format --check agreements/",
				"  mentor generate --out generated/ agreements/",
				"%nSee 'mentor help COMMAND' for the options of a command." },
		subcommands = { ValidateCommand.class, FixCommand.class, FormatCommand.class, GenerateCommand.class, LspCommand.class,
				CommandLine.HelpCommand.class })
public class MentorCli implements Runnable {

	public static final int OK = 0;
	public static final int ERRORS_FOUND = 1;
	public static final int USAGE_OR_IO = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", scope = CommandLine.ScopeType.INHERIT,
			description = "Colours: auto (on a terminal, unless NO_COLOR is set), always or never. Default: ${DEFAULT-VALUE}.")
	Output.ColorMode color;

	/** How output looks in this run (decided before parsing: help is printed while parsing). */
	Output output = Output.PLAIN;

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		System.exit(run(out, err, System.getenv(), System.console() != null, args));
	}

	/** Runs the command line and returns the exit code (tests call this instead of main); not a terminal. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return run(out, err, System.getenv(), false, args);
	}

	/**
	 * @param env the environment (NO_COLOR, TERM)
	 * @param terminal whether stdout and stderr are a terminal
	 */
	static int run(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, String... args) {
		MentorCli root = new MentorCli();
		root.output = Output.of(Output.mode(args), env, terminal);
		CommandLine commandLine = new CommandLine(root, new GuiceFactory(MentorCliModule.injector(args))); // one per run
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(root.output.ansi));
		// the online address only when the build declared one (-Dmentor.docs.url): no site is published otherwise
		String docs = "%nDocumentation: docs/cli.md (commands), docs/rules.md (rules), docs/language.md"
				+ org.mentorship.cli.report.DocsLink.published().map(url -> ";%n  online at " + url + "/").orElse(".");
		for (CommandLine command : commandLine.getSubcommands().values()) {
			addFooter(command, docs);
		}
		addFooter(commandLine, docs);
		commandLine.setOut(out);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
		CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
		commandLine.setParameterExceptionHandler((e, arguments) -> {
			if (ValidateCommand.wantsSarif(arguments)) { // CI uploads the log: it says why nothing was checked
				ValidateCommand.failedSarif(arguments).writeFailure(e.getMessage(), out);
				out.flush();
			}
			return usage.handleParseException(e, arguments);
		});
		commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
			// never a stack trace for the user; the class name helps a bug report
			cl.getErr().println("mentor: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
			return USAGE_OR_IO;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	private static void addFooter(CommandLine command, String line) {
		// by name: asking for the command object would create it, and with it the run's injector
		if ("help".equals(command.getCommandName())) {
			return;
		}
		String[] footer = command.getCommandSpec().usageMessage().footer();
		String[] more = java.util.Arrays.copyOf(footer, footer.length + 1);
		more[footer.length] = line;
		command.getCommandSpec().usageMessage().footer(more);
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing, e.g. mentor validate examples/");
	}

	static String version() {
		String version = MentorCli.class.getPackage().getImplementationVersion();
		return version == null ? "development build" : version;
	}

	static class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "mentor " + version() };
		}
	}
}
