package org.mentorship.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mentorship.cli.check.InputProblem;
import org.mentorship.cli.check.MentorFiles;
import org.mentorship.cli.format.AgreementFormatter;
import org.mentorship.cli.io.AtomicFiles;
import org.mentorship.cli.format.IoReasons;
import org.mentorship.cli.format.Outcome;
import org.mentorship.cli.report.Report;

import static org.mentorship.cli.Words.plural;

import com.google.inject.Inject;
import com.google.inject.Provider;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = { "Lay out agreements and programme files in the house style.",
				"The house style is that of examples/, the way the editor formats. Folders are searched"
						+ " recursively. A file with syntax errors is left as it is." },
		footer = { "%nExamples:", "  mentor format agreements/", "  mentor format --check .",
				"%nExit codes: 0 done (with --check: nothing to reformat), 1 a file could not be formatted (with"
						+ " --check: or would be reformatted), 2 usage or input/output problem." })
class FormatCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@CommandLine.ParentCommand
	MentorCli parent;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".mentor files or folders")
	List<Path> paths;

	@Option(names = "--check", description = "Change nothing: list the files that would be reformatted (on stdout).")
	boolean check;

	@Inject
	private Provider<AgreementFormatter> formatters;

	@Override
	public Integer call() throws InputProblem {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files = MentorFiles.collect(paths); // a problem: "mentor: <message>", exit 2 (MentorCli)
		try (CliLog log = CliLog.toFile(err)) {
			return format(files, out, err);
		}
	}

	private int format(List<Path> files, PrintWriter out, PrintWriter err) {
		AgreementFormatter formatter = formatters.get();
		int changed = 0;
		int unchanged = 0;
		int notFormattable = 0;
		int ioProblems = 0;
		ProgressBar progress = ProgressBar.forRun(err, files.size(), parent.output);
		int done = 0;
		for (Path file : files) {
			Outcome outcome = formatter.format(file);
			String shown = Report.displayPath(file);
			if (outcome instanceof Outcome.Unchanged) {
				unchanged++;
			} else if (outcome instanceof Outcome.Changed c) {
				if (check) {
					out.println(shown + ": would be reformatted");
					changed++;
				} else {
					try {
						AtomicFiles.replace(file, c.formatted().getBytes(StandardCharsets.UTF_8));
						progress.println("formatted " + shown);
						changed++;
					} catch (IOException e) {
						progress.println("mentor: cannot write " + shown + ": " + IoReasons.of(e));
						ioProblems++;
					}
				}
			} else if (outcome instanceof Outcome.NotFormattable n) {
				progress.println(shown + ":" + n.line() + ":" + n.column() + ": cannot format: " + n.reason());
				notFormattable++;
			} else if (outcome instanceof Outcome.Unreadable u) {
				progress.println("mentor: cannot read " + shown + ": " + u.reason());
				ioProblems++;
			}
			progress.checked(++done, files.size());
		}
		out.flush();
		err.println(summary(changed, unchanged, notFormattable + ioProblems));
		if (ioProblems > 0) {
			return MentorCli.USAGE_OR_IO;
		}
		return notFormattable > 0 || (check && changed > 0) ? MentorCli.ERRORS_FOUND : MentorCli.OK;
	}

	private String summary(int changed, int unchanged, int failed) {
		String summary = check ? plural(changed, "file") + " would be reformatted" : "formatted " + plural(changed, "file");
		summary += ", " + unchanged + " already formatted";
		if (failed > 0) {
			summary += ", " + failed + " could not be formatted";
		}
		return summary;
	}
}
