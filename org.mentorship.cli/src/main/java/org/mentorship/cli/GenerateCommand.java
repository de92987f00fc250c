package org.mentorship.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.mentorship.cli.check.AgreementChecker;
import org.mentorship.cli.check.AgreementChecker.CheckedFile;
import org.mentorship.cli.check.Finding;
import org.mentorship.cli.check.InputProblem;
import org.mentorship.cli.check.MentorFiles;
import org.mentorship.cli.check.TestCrash;
import org.mentorship.cli.io.OutputFolder;
import org.mentorship.cli.report.Report;
import org.mentorship.dsl.generator.GenerationOptions;
import org.mentorship.dsl.generator.MentorGeneratorContext;
import org.mentorship.dsl.generator.MentorOutputConfiguration;
import org.mentorship.dsl.generator.OutputLocation;
import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.validation.InternalErrors;

import com.google.inject.Inject;
import com.google.inject.Provider;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = { "Write the printable summary and the calendar of each agreement.",
				"Writes <id>.html (the summary) and <id>.ics (the calendar). Files with errors are not generated." },
		footer = { "%nExamples:", "  mentor generate examples/minimal.mentor",
				"  mentor generate --ics --invite --out calendars/ agreements/",
				"%nExit codes: 0 all generated, 1 a file had errors or could not be generated, 2 usage or input"
						+ " problem." })
class GenerateCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@CommandLine.ParentCommand
	MentorCli parent;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".mentor files or folders (with their programme files)")
	List<Path> paths;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder for all agreements. Default: "
			+ MentorOutputConfiguration.FOLDER + "/ in each agreement's own folder (as in the editors).")
	Path out;

	@Option(names = "--html", description = "Write the summary (default: both, unless --html or --ics is given).")
	boolean html;

	@Option(names = "--ics", description = "Write the calendar (default: both, unless --html or --ics is given).")
	boolean ics;

	@Option(names = "--audience", defaultValue = "parties", paramLabel = "AUDIENCE",
			description = "parties (with the confidential notes), sponsor or programme (without them). Default: ${DEFAULT-VALUE}.")
	Audience audience;

	@Option(names = "--invite", description = "Calendar as an invitation (METHOD:REQUEST with organizer and attendees)"
			+ " instead of a calendar to import (METHOD:PUBLISH).")
	boolean invite;

	/** Fixes the run's clock (MentorCliModule reads it before parsing); declared here for parsing and help. */
	@Option(names = "--today", paramLabel = "DATE", description = "Check as if today were DATE (YYYY-MM-DD).")
	LocalDate today;

	@Inject
	private Provider<AgreementChecker> checkers;

	@Override
	public Integer call() throws InputProblem {
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files = MentorFiles.collect(paths); // a problem: "mentor: <message>", exit 2 (MentorCli)
		try (CliLog log = CliLog.toFile(err)) {
			return generate(files, err);
		}
	}

	private int generate(List<Path> files, PrintWriter err) {
		GenerationOptions options = new GenerationOptions(html || !ics, ics || !html, audience,
				invite ? CalendarGenerator.Method.REQUEST : CalendarGenerator.Method.PUBLISH);
		AgreementChecker checker = checkers.get();
		Map<Path, CheckedFile> checked = checker.checkFiles(files, ProgressBar.forRun(err, files.size(), parent.output));

		// generate everything in memory first: a failure leaves no file half-written, and none is written for it
		Map<String, Map<String, byte[]>> outputs = new LinkedHashMap<>(); // agreement file shown -> its files
		Map<String, OutputFolder> folders = new LinkedHashMap<>(); // agreement file shown -> its output folder
		Map<Path, String> producers = new LinkedHashMap<>(); // output file -> agreement file shown
		List<String> problems = new ArrayList<>();
		for (CheckedFile file : checked.values()) {
			String shown = Report.displayPath(file.source().file());
			long errors = file.findings().stream().filter(f -> f.level() == Finding.Level.ERROR).count();
			if (errors > 0) {
				problems.add(shown + ": not generated: it has " + errors + (errors == 1 ? " error" : " errors")
						+ " (mentor validate " + shown + " lists them)");
				continue;
			}
			if (!(((MentorFile) file.resource().getContents().get(0)).getDocument() instanceof Agreement)) {
				continue; // a programme file: nothing of its own to generate
			}
			InMemoryFileSystemAccess memory = new InMemoryFileSystemAccess();
			try {
				TestCrash.at(file.source().file(), "generation");
				checker.generator().generate(file.resource(), memory, new MentorGeneratorContext(options));
			} catch (IllegalArgumentException e) {
				problems.add(shown + ": not generated: " + e.getMessage());
				continue;
			} catch (RuntimeException | StackOverflowError e) {
				// a bug of ours: this agreement is not generated, the others are
				problems.add(shown + ": not generated: " + InternalErrors.report("generation", file.source().file(), e));
				continue;
			}
			Map<String, byte[]> generated = new LinkedHashMap<>();
			memory.getTextFiles().forEach((key, content) -> generated.put(key.substring(IFileSystemAccess.DEFAULT_OUTPUT.length()),
					content.toString().getBytes(StandardCharsets.UTF_8)));
			OutputFolder folder = new OutputFolder(OutputLocation.folderOf(file.source().file(),
					out == null ? null : out.toAbsolutePath().toString(), List.of()));
			Path clash = generated.keySet().stream().map(name -> folder.path().resolve(name)).filter(producers::containsKey)
					.findFirst().orElse(null);
			if (clash != null) {
				problems.add(shown + ": not generated: " + Report.displayPath(clash) + " is generated by "
						+ producers.get(clash) + " too: give each agreement its own id");
				continue;
			}
			generated.keySet().forEach(name -> producers.put(folder.path().resolve(name), shown));
			outputs.put(shown, generated);
			folders.put(shown, folder);
		}
		int written = 0;
		for (Map.Entry<String, Map<String, byte[]>> agreement : outputs.entrySet()) {
			try {
				for (Path target : folders.get(agreement.getKey()).writeAll(agreement.getValue())) {
					err.println("wrote " + Report.displayPath(target));
					written++;
				}
			} catch (IOException e) {
				// OutputFiles names the real file or folder and the reason; neither file of the pair is left
				problems.add(agreement.getKey() + ": not generated: " + e.getMessage());
			}
		}
		problems.forEach(p -> err.println("mentor: " + p));
		long places = folders.values().stream().map(OutputFolder::path).distinct().count();
		String where = places == 1 ? " in " + Report.displayPath(folders.values().iterator().next().path())
				: places > 1 ? " in " + places + " folders" : out != null ? " in " + Report.displayPath(out.toAbsolutePath()) : "";
		err.println("generated " + Words.plural(written, "file") + where
				+ (problems.isEmpty() ? "" : "; " + Words.plural(problems.size(), "problem")));
		return problems.isEmpty() ? MentorCli.OK : MentorCli.ERRORS_FOUND;
	}
}
