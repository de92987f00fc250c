package org.mentorship.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mentorship.cli.check.BatchChecker;
import org.mentorship.cli.check.Finding;
import org.mentorship.cli.check.InputProblem;
import org.mentorship.cli.check.MentorFiles;
import org.mentorship.cli.report.JsonReport;
import org.mentorship.cli.report.Report;
import org.mentorship.cli.report.SarifReport;
import org.mentorship.cli.report.SourceRoot;
import org.mentorship.cli.report.TextReport;

import static org.mentorship.cli.Words.plural;

import com.google.inject.Inject;
import com.google.inject.Provider;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = { "Check agreements and programme files.",
				"Folders are searched recursively. All files are checked together, so an agreement may use the"
						+ " defaults of a programme file given in the same run." },
		footer = { "%nExamples:", "  mentor validate examples/",
				"  mentor validate --format sarif --today 2027-03-01 agreements/ > mentor.sarif",
				"%nExit codes: 0 no errors, 1 errors found, 2 usage or input problem." })
class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json, sarif
	}

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@CommandLine.ParentCommand
	MentorCli parent;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".mentor files or folders")
	List<Path> paths;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text (path:line:col: severity: message [code]), json or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
	Format format;

	/** Fixes the run's clock (MentorCliModule reads it before parsing); declared here for parsing and help. */
	@Option(names = "--today", paramLabel = "DATE", description = "Check as if today were DATE (YYYY-MM-DD), for"
			+ " rules such as overdue milestones; makes CI results reproducible.")
	LocalDate today;

	@Inject
	private Provider<BatchChecker> checkers;

	@Option(names = "--base", paramLabel = "DIR", description = "SARIF only: the folder that file locations are"
			+ " relative to. Default: the root of the git repository around the working folder, else the working"
			+ " folder.")
	Path base;

	@Override
	public Integer call() throws InputProblem {
		List<Path> files;
		try {
			files = MentorFiles.collect(paths); // a problem: "mentor: <message>", exit 2 (MentorCli)
		} catch (InputProblem problem) {
			if (format == Format.sarif) { // the log a CI step uploads says why the run failed
				sarif().writeFailure(problem.getMessage(), spec.commandLine().getOut());
				spec.commandLine().getOut().flush();
			}
			throw problem;
		}
		return validate(files);
	}

	/** Whether a command line that could not be parsed asked for SARIF from validate. */
	static boolean wantsSarif(String[] args) {
		List<String> list = List.of(args);
		if (!list.contains("validate")) {
			return false;
		}
		for (int i = 0; i < args.length; i++) {
			if (args[i].equalsIgnoreCase("--format=sarif")
					|| args[i].equals("--format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("sarif")) {
				return true;
			}
		}
		return false;
	}

	/** The SARIF report of a command line that could not be parsed (its --base when it gave one). */
	static SarifReport failedSarif(String[] args) {
		Path base = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--base=")) {
				base = Path.of(args[i].substring("--base=".length()));
			} else if (args[i].equals("--base") && i + 1 < args.length) {
				base = Path.of(args[i + 1]);
			}
		}
		return new SarifReport(MentorCli.version(), base != null ? base : SourceRoot.of(Path.of("")));
	}

	private SarifReport sarif() {
		return new SarifReport(MentorCli.version(), base != null ? base : SourceRoot.of(Path.of("")));
	}

	private int validate(List<Path> files) {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try (CliLog log = CliLog.toFile(err)) {
			BatchChecker.Result checked = checkers.get().check(files, ProgressBar.forRun(err, files.size(), parent.output));
			Map<Path, List<Finding>> findings = checked.findings();
			long errors = Finding.count(findings, Finding.Level.ERROR);
			// a bug of ours kept every file from being checked: the run says nothing
			boolean failed = checked.crashed() == files.size();
			int exitCode = failed ? MentorCli.USAGE_OR_IO : errors > 0 ? MentorCli.ERRORS_FOUND : MentorCli.OK;
			Report report = format == Format.sarif
					? sarif().outcome(exitCode, failed ? "internal error in every file: nothing could be checked" : null)
					: report();
			report.write(findings, out);
			out.flush();
			err.println(summary(files.size(), errors, Finding.count(findings, Finding.Level.WARNING),
					Finding.count(findings, Finding.Level.INFO)));
			return exitCode;
		}
	}

	private Report report() {
		return switch (format) {
		case text -> new TextReport(parent.output.ansi, parent.output.decorated);
		case json -> new JsonReport();
		case sarif -> sarif();
		};
	}

	static String summary(int files, long errors, long warnings, long infos) {
		return "checked " + plural(files, "file") + ": " + plural(errors, "error") + ", " + plural(warnings, "warning")
				+ ", " + plural(infos, "info");
	}
}
