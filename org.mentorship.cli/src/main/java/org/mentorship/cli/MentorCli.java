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
				"%nSee 'mentor help COMMAND' for the options of a command." })
public class MentorCli implements Runnable {

	/**
	 * The commands, in the order help lists them. Picocli builds the model of every command it is given (their
	 * options, converters and help texts, by reflection): a run that names its command gets only that one (and
	 * help); help, an unknown command or none get all.
	 */
	private static final Map<String, Class<?>> COMMANDS = commands();

	private static Map<String, Class<?>> commands() {
		Map<String, Class<?>> commands = new java.util.LinkedHashMap<>();
		commands.put("validate", ValidateCommand.class);
		commands.put("fix", FixCommand.class);
		commands.put("format", FormatCommand.class);
		commands.put("generate", GenerateCommand.class);
		commands.put("lsp", LspCommand.class);
		return commands;
	}

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
		quietGuice();
		// mentor lsp: initialize perhaps answered before anything below is set up
		org.mentorship.cli.lsp.InitializeFromCache.startIfServing(args);
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		System.exit(run(out, err, System.getenv(), System.console() != null, args));
	}

	/**
	 * Guice without its generated classes, unless the user chose otherwise. By default Guice defines hidden classes
	 * for faster construction through {@code sun.misc.Unsafe}, and on Java 24 and newer every run then printed four
	 * lines of warnings about Unsafe's removal; the language binds no interceptors, so the classes only made the start
	 * slower (about 0.1 s of a 1.1 s validate of one file, since hidden classes are not kept in the class-data archive).
	 * Guice reads the option once, when its first class loads: this runs before any.
	 */
	static void quietGuice() {
		if (System.getProperty(GUICE_BYTECODE_OPTION) == null) {
			System.setProperty(GUICE_BYTECODE_OPTION, "DISABLED");
		}
	}

	static final String GUICE_BYTECODE_OPTION = "guice_bytecode_gen_option";

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
		GuiceFactory factory = new GuiceFactory(MentorCliModule.injector(args)); // one per run
		CommandLine commandLine = new CommandLine(root, factory);
		String named = commandName(args);
		COMMANDS.forEach((name, type) -> {
			if (!COMMANDS.containsKey(named) || name.equals(named)) {
				commandLine.addSubcommand(name, new CommandLine(type, factory));
			}
		});
		commandLine.addSubcommand("help", new CommandLine(CommandLine.HelpCommand.class, factory));
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

	/** The first word that is not an option (nor the value of {@code --color WHEN}): the command, if any. */
	static String commandName(String... args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--color")) {
				i++;
			} else if (!args[i].startsWith("-")) {
				return args[i];
			}
		}
		return null;
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
