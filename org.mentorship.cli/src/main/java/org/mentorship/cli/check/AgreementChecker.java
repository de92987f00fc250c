package org.mentorship.cli.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.ide.quickfix.FixAll;
import org.mentorship.dsl.ide.quickfix.IssueFixes.Fix;
import org.mentorship.dsl.validation.InternalErrors;

import com.google.inject.Injector;

/**
 * Checks a set of .mentor files the way a programme admin needs it: all files are loaded into one
 * resource set first, so an agreement can refer to a programme file given in the same run; then
 * each file is validated. A file that cannot be parsed at all (empty, binary, too large, not UTF-8)
 * gets one finding that says so, and the other files are still checked. Folders use every core. Each
 * finding says whether the language's quick fixes (org.mentorship.dsl.ide, the ones editors use) have
 * a fix for it.
 *
 * mentor fix and mentor generate use it, as they need every file's model; mentor validate needs only the findings
 * and runs {@link BatchChecker}, which finds the same with a heap that does not grow with the models.
 */
public class AgreementChecker {

	private final Injector injector;
	private final FileIssues fileIssues;
	private final int threads;

	/**
	 * @param injector an injector of the ide setup (MentorIdeSetup): the quick fixes live there; the
	 *        command line gives the one of its run (MentorCliModule)
	 */
	public AgreementChecker(Injector injector) {
		this(injector, Runtime.getRuntime().availableProcessors());
	}

	public AgreementChecker(Injector injector, int threads) {
		this.injector = injector;
		this.fileIssues = new FileIssues(injector);
		this.threads = Math.max(1, threads);
	}

	/** The language's generator (summary and calendar), the one the language server runs on save. */
	public GeneratorDelegate generator() {
		return injector.getInstance(GeneratorDelegate.class);
	}

	/** The language's fix-all (the one editors get as source.fixAll), for mentor fix. */
	public FixAll fixAll() {
		return injector.getInstance(FixAll.class);
	}

	/** What a file holds: its text, or (text null) the finding that says why it cannot be checked. */
	public record Source(Path file, String text, Finding problem) {

		public static Source of(Path file, String text) {
			return new Source(file, text, null);
		}
	}

	/** One issue of a checked file: as a finding, and with its quick fixes (the preferred one first). */
	public record CheckedIssue(Issue issue, Finding finding, List<Fix> fixes) {
	}

	/** A checked file: its resource (null if it could not be loaded) and its issues in the order found. */
	public record CheckedFile(Source source, XtextResource resource, List<CheckedIssue> issues) {

		public List<Finding> findings() {
			List<Finding> findings = new ArrayList<>();
			if (source.problem() != null) {
				findings.add(source.problem());
			}
			issues.forEach(i -> findings.add(i.finding()));
			return findings;
		}

		/** True when an internal error (a bug of ours) kept the file's rules from running at all. */
		public boolean crashed() {
			return source.problem() != null && FileProblems.INTERNAL.equals(source.problem().code());
		}

		public boolean hasSyntaxErrors() {
			return resource != null && resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
		}
	}

	/** Findings per file, in the order the files were given; a file without findings maps to an empty list. */
	public Map<Path, List<Finding>> check(List<Path> files) {
		return check(files, Progress.NONE);
	}

	public Map<Path, List<Finding>> check(List<Path> files, Progress progress) {
		return findings(checkFiles(files, progress));
	}

	/** Reads (on all cores) and checks the files. */
	public Map<Path, CheckedFile> checkFiles(List<Path> files, Progress progress) {
		return checkSources(inParallel(files, Sources::read), progress);
	}

	/** The findings of checked files, each file's in reading order. */
	public static Map<Path, List<Finding>> findings(Map<Path, CheckedFile> checked) {
		Map<Path, List<Finding>> findings = new LinkedHashMap<>();
		checked.forEach((file, c) -> findings.put(file, inReadingOrder(c.findings())));
		return findings;
	}

	/**
	 * Findings by position, then code and message: the validator's own order depends on how its checks
	 * happen to be registered, and CI logs and diffs of the output need the same order on every run.
	 */
	static List<Finding> inReadingOrder(List<Finding> findings) {
		return findings.stream().sorted(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
				.thenComparing(f -> String.valueOf(f.code())).thenComparing(f -> String.valueOf(f.message()))).toList();
	}

	/** Told after each validated file; the command line draws a progress bar with it. */
	public interface Progress {
		Progress NONE = (done, total) -> {
		};

		void checked(int done, int total);
	}

	public Map<Path, CheckedFile> checkSources(List<Source> sources) {
		return checkSources(sources, Progress.NONE);
	}

	/**
	 * Loads all sources into one resource set, then validates each and looks up the fixes of its
	 * issues. Parsing and validation run on the checker's threads. Linking runs on this one: it
	 * follows references into other files, and EMF resources are not safe to change from two threads.
	 */
	public Map<Path, CheckedFile> checkSources(List<Source> sources, Progress progress) {
		// 1. parse: each source into a resource set of its own
		List<Source> usable = sources.stream().filter(s -> s.text() != null).toList();
		List<Object> parsed = inParallel(usable, source -> {
			try {
				TestCrash.at(source.file(), "parsing");
				return load(source, injector.getInstance(XtextResourceSet.class));
			} catch (UnusableFile e) {
				return new Source(source.file(), null, Finding.ofFile(source.file(), e.getMessage(), e.code));
			} catch (RuntimeException | StackOverflowError e) {
				return internal(source.file(), "parsing", e);
			}
		});
		// 2. one resource set for all, so references between files resolve; link on this thread
		XtextResourceSet all = injector.getInstance(XtextResourceSet.class);
		Map<Path, XtextResource> loaded = new LinkedHashMap<>();
		Map<Path, Source> unusable = new LinkedHashMap<>();
		for (Object result : parsed) {
			if (result instanceof XtextResource resource) {
				all.getResources().add(resource);
			}
		}
		for (int i = 0; i < usable.size(); i++) {
			if (parsed.get(i) instanceof XtextResource resource) {
				Path file = usable.get(i).file();
				try {
					TestCrash.at(file, "linking");
					EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
					loaded.put(file, resource);
				} catch (RuntimeException | StackOverflowError e) {
					unusable.put(file, internal(file, "linking", e));
				}
			} else {
				unusable.put(usable.get(i).file(), (Source) parsed.get(i));
			}
		}
		// 3. validate and find the fixes: each resource on one thread
		AtomicInteger done = new AtomicInteger();
		List<CheckedFile> checked = inParallel(sources, source -> {
			Path file = source.file();
			XtextResource resource = loaded.get(file);
			List<CheckedIssue> issues = new ArrayList<>();
			if (resource != null) {
				try {
					TestCrash.at(file, "validation");
					issues.addAll(fileIssues.of(file, resource));
				} catch (RuntimeException | StackOverflowError e) {
					// a bug of ours must not hide the findings of the other files (the validator itself turns a
					// failing rule into a finding; this is for what fails around it)
					progress.checked(done.incrementAndGet(), loaded.size());
					return new CheckedFile(internal(file, "validation", e), resource, List.of());
				}
				progress.checked(done.incrementAndGet(), loaded.size());
			}
			return new CheckedFile(unusable.getOrDefault(file, source), resource, issues);
		});
		Map<Path, CheckedFile> byFile = new LinkedHashMap<>();
		checked.forEach(c -> byFile.put(c.source().file(), c));
		return byFile;
	}

	/** Applies the work to every item on the checker's threads; results in the order of the items. */
	private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
		return Parallel.map(threads, items.size(), i -> work.apply(items.get(i)));
	}

	/**
	 * A file that a bug of ours kept from being checked: one finding "internal error in <phase>: ..."
	 * (code mentor.internal), the stack trace in the log (never on the terminal, see CliLog).
	 */
	static Source internal(Path file, String phase, Throwable problem) {
		if (InternalErrors.mustPropagate(problem)) {
			throw problem instanceof RuntimeException r ? r : new IllegalStateException(problem);
		}
		return Sources.unusable(file, InternalErrors.report(phase, file, problem), FileProblems.INTERNAL);
	}

	static XtextResource load(Source source, XtextResourceSet resources) throws UnusableFile {
		XtextResource resource = (XtextResource) resources
				.createResource(URI.createFileURI(source.file().toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UnusableFile("cannot read this file: " + e.getMessage(), FileProblems.UNREADABLE);
		}
		return resource;
	}

	/** A file that cannot be handed to the parser. */
	static final class UnusableFile extends Exception {
		private static final long serialVersionUID = 1L;
		final String code;

		UnusableFile(String message, String code) {
			super(message);
			this.code = code;
		}
	}
}
