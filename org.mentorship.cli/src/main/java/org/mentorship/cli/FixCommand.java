package org.mentorship.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.mentorship.cli.check.AgreementChecker;
import org.mentorship.cli.check.AgreementFixer;
import org.mentorship.cli.check.Finding;
import org.mentorship.cli.check.InputProblem;
import org.mentorship.cli.check.MentorFiles;
import org.mentorship.cli.io.AtomicFiles;
import org.mentorship.cli.report.Report;
import org.mentorship.cli.report.TextReport;

import static org.mentorship.cli.Words.plural;

import com.google.inject.Inject;
import com.google.inject.Provider;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = { "Apply the quick fixes of the findings, and save the files.",
				"Applies the preferred quick fix of every finding that has one. Files with syntax errors are left"
						+ " unchanged. Prints each fix applied, then the findings left." },
		footer = { "%nExample:", "  mentor fix agreements/ada-grace.mentor",
				"%nExit codes: 0 no errors left, 1 errors left, 2 usage or input/output problem." })
class FixCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@CommandLine.ParentCommand
	MentorCli parent;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".mentor files or folders")
	List<Path> paths;

	@Inject
	private Provider<AgreementChecker> checkers;

	@Override
	public Integer call() throws InputProblem {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files = MentorFiles.collect(paths); // a problem: "mentor: <message>", exit 2 (MentorCli)
		try (CliLog log = CliLog.toFile(err)) {
			return fix(files, out, err);
		}
	}

	private int fix(List<Path> files, PrintWriter out, PrintWriter err) {
		AgreementFixer.Result result = new AgreementFixer(checkers.get())
				.fix(files, ProgressBar.forRun(err, files.size(), parent.output));

		Set<Path> unsaved = new LinkedHashSet<>();
		for (Map.Entry<Path, String> changed : result.changed().entrySet()) {
			try {
				AtomicFiles.replace(changed.getKey(), changed.getValue().getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				err.println("mentor: cannot write " + Report.displayPath(changed.getKey()) + ": " + e.getMessage());
				unsaved.add(changed.getKey());
			}
		}
		// in file order: by file (as given), then by line and column (issue 12)
		java.util.Comparator<AgreementFixer.Applied> byPlace = java.util.Comparator
				.comparingInt((AgreementFixer.Applied a) -> files.indexOf(a.file()))
				.thenComparingInt(AgreementFixer.Applied::line).thenComparingInt(AgreementFixer.Applied::column);
		result.applied().stream().filter(a -> !unsaved.contains(a.file())).sorted(byPlace).forEach(a -> out.println(
				Report.displayPath(a.file()) + ":" + a.line() + ":" + a.column() + ": fixed: " + a.label() + " [" + a.code() + "]"));
		Map<Path, List<Finding>> remaining = new LinkedHashMap<>();
		result.remaining().forEach((file, findings) -> remaining.put(file, findings.stream()
				.sorted(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)).toList()));
		unsaved.forEach(remaining::remove);
		new TextReport(parent.output.ansi, parent.output.decorated).write(remaining, out);
		out.flush();

		result.crashed().forEach((file, message) -> err.println("mentor: " + Report.displayPath(file)
				+ ": no more fixes applied: " + message));
		for (Path file : files) {
			if (result.changed().containsKey(file) || result.crashed().containsKey(file)) {
				continue;
			}
			String why;
			if (result.syntaxErrors().contains(file)) {
				why = "it has syntax errors; correct them first (mentor validate shows them)";
			} else if (remaining.getOrDefault(file, List.of()).isEmpty()) {
				why = "nothing to fix";
			} else {
				why = "no finding has a fix that needs no choice of yours (a new party, a name among several close"
						+ " ones, your own words): edit it yourself";
			}
			err.println("mentor: " + Report.displayPath(file) + " was left unchanged: " + why);
		}
		boolean fixableLeft = remaining.values().stream().flatMap(List::stream).anyMatch(Finding::fixable);
		if (result.rounds() == AgreementFixer.MAX_ROUNDS && fixableLeft) {
			err.println("mentor: stopped after " + AgreementFixer.MAX_ROUNDS + " rounds of fixes; run mentor fix again for the rest");
		}
		long fixed = result.applied().stream().filter(a -> !unsaved.contains(a.file())).count();
		long fixedFiles = result.changed().keySet().stream().filter(f -> !unsaved.contains(f)).count();
		long errors = Finding.count(remaining, Finding.Level.ERROR);
		err.println("fixed " + plural(fixed, "finding") + " in " + fixedFiles + " of " + plural(files.size(), "file")
				+ "; left: " + plural(errors, "error") + ", " + plural(Finding.count(remaining, Finding.Level.WARNING), "warning")
				+ ", " + plural(Finding.count(remaining, Finding.Level.INFO), "info"));
		if (!unsaved.isEmpty()) {
			return MentorCli.USAGE_OR_IO;
		}
		return errors > 0 ? MentorCli.ERRORS_FOUND : MentorCli.OK;
	}
}
