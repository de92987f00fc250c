package org.mentorship.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.mentorship.cli.check.AgreementChecker.Progress;
import org.mentorship.cli.check.AgreementChecker.Source;
import org.mentorship.cli.check.AgreementChecker.UnusableFile;

import com.google.inject.Injector;

/**
 * What {@code mentor validate} runs: the findings of {@link AgreementChecker} (all files as if in one resource set,
 * so references between files resolve and duplicate ids are found), in time linear in the number of files and with
 * a heap that does not grow with their models.
 * <ol>
 * <li>Index, on all cores: each file is read, parsed and reduced to the names it exports ({@link ExportedNames});
 * its model is dropped, except those of the first files, which step 2 starts with. The names of all files form the
 * run's index (Xtext's {@link ResourceDescriptionsData}), which finds a name in constant time; a resource set's own
 * index asks every loaded file, so linking took time with the square of the number of files.</li>
 * <li>Check, on all cores: the files in batches, in their order; each batch is loaded into a resource set of its
 * own with the index installed, linked, validated and reported, then dropped. A reference into a file of another
 * batch (an agreement's programme) loads that file into the batch's set, where it is linked only as far as the
 * batch's files need it.</li>
 * </ol>
 * Memory: the index (about 1.5 KB per 60-line agreement, which exports five names), the findings, and one batch per
 * thread.
 */
public final class BatchChecker {

	/** Files per batch at most. */
	public static final int BATCH_SIZE = 250;
	/** Characters per batch at most (a 60-line agreement has about 2,500; one of 10,000 lines about 400,000). */
	static final int BATCH_CHARS = 1_000_000;

	private final Injector injector;
	private final FileIssues fileIssues;
	private final IResourceDescription.Manager descriptions;
	private final int threads;
	private final int batchSize;
	private final Consumer<ResourceSet> whenBatchDone;

	/** Checks on every core. */
	public BatchChecker(Injector injector) {
		this(injector, Runtime.getRuntime().availableProcessors(), BATCH_SIZE, set -> {
		});
	}

	/** @param whenBatchDone told each batch's resource set once its files are reported (for tests) */
	public BatchChecker(Injector injector, int threads, int batchSize, Consumer<ResourceSet> whenBatchDone) {
		this.injector = injector;
		this.fileIssues = new FileIssues(injector);
		this.descriptions = injector.getInstance(IResourceDescription.Manager.class);
		this.threads = Math.max(1, threads);
		this.batchSize = Math.max(1, batchSize);
		this.whenBatchDone = whenBatchDone;
	}

	/**
	 * @param findings per file, in the order of the files; each file's in reading order (as AgreementChecker.findings)
	 * @param crashed how many files a bug of ours kept from being checked at all
	 */
	public record Result(Map<Path, List<Finding>> findings, int crashed) {
	}

	/** What step 1 keeps of a file: why it cannot be checked, or its names and its length. */
	private record Indexed(Source problem, ExportedNames names, int chars) {
	}

	public Result check(List<Path> files, Progress progress) {
		int count = files.size();
		// small runs are split evenly over the threads; their models are all kept from step 1
		int size = Math.min(batchSize, Math.max(1, (count + threads - 1) / threads));
		XtextResource[] kept = new XtextResource[count];
		AtomicLong keptChars = new AtomicLong();
		List<Indexed> indexed = Parallel.map(threads, count,
				i -> index(files.get(i), i < batchSize ? kept : null, keptChars, i));
		ResourceDescriptionsData index = new ResourceDescriptionsData(
				indexed.stream().map(Indexed::names).filter(Objects::nonNull).map(IResourceDescription.class::cast).toList());
		Run run = new Run(files, indexed, kept, index, progress);
		List<int[]> batches = batches(indexed, size);
		Parallel.map(threads, batches.size(), b -> {
			run.check(batches.get(b)[0], batches.get(b)[1]);
			return null;
		});
		Map<Path, List<Finding>> findings = new LinkedHashMap<>();
		int crashed = 0;
		for (int i = 0; i < count; i++) {
			findings.put(files.get(i), AgreementChecker.inReadingOrder(run.findings[i]));
			crashed += run.crashed[i] ? 1 : 0;
		}
		return new Result(findings, crashed);
	}

	/**
	 * The first file alone, checked before the others start (see Parallel); then runs of files in their order, of
	 * at most {@code size} files and {@link #BATCH_CHARS} characters (at least one file).
	 */
	private static List<int[]> batches(List<Indexed> indexed, int size) {
		List<int[]> batches = new ArrayList<>();
		for (int from = 0; from < indexed.size();) {
			int to = from + 1;
			long chars = indexed.get(from).chars();
			while (from > 0 && to < indexed.size() && to - from < size && chars + indexed.get(to).chars() <= BATCH_CHARS) {
				chars += indexed.get(to++).chars();
			}
			batches.add(new int[] { from, to });
			from = to;
		}
		return batches;
	}

	/** Step 1 for one file; its model goes to {@code kept} when that is given and there is room. */
	private Indexed index(Path file, XtextResource[] kept, AtomicLong keptChars, int position) {
		Source source = Sources.read(file);
		if (source.text() == null) {
			return new Indexed(source, null, 0);
		}
		XtextResource resource;
		try {
			TestCrash.at(file, "parsing");
			resource = AgreementChecker.load(source, injector.getInstance(XtextResourceSet.class));
		} catch (UnusableFile e) {
			return new Indexed(Sources.unusable(file, e.getMessage(), e.code), null, 0);
		} catch (RuntimeException | StackOverflowError e) {
			return new Indexed(AgreementChecker.internal(file, "parsing", e), null, 0);
		}
		try {
			ExportedNames names = ExportedNames.copyOf(descriptions.getResourceDescription(resource));
			if (kept != null && keptChars.addAndGet(source.text().length()) <= BATCH_CHARS) {
				kept[position] = resource;
			}
			return new Indexed(null, names, source.text().length());
		} catch (RuntimeException | StackOverflowError e) {
			return new Indexed(AgreementChecker.internal(file, "indexing", e), null, 0);
		}
	}

	/** Step 2: the state of one run, shared by the threads; each batch writes only its own slots. */
	private final class Run {
		private final List<Path> files;
		private final List<Indexed> indexed;
		private final XtextResource[] kept;
		private final ResourceDescriptionsData index;
		private final Progress progress;
		private final int total;
		private final AtomicInteger done = new AtomicInteger();
		final List<Finding>[] findings;
		final boolean[] crashed;

		@SuppressWarnings("unchecked")
		Run(List<Path> files, List<Indexed> indexed, XtextResource[] kept, ResourceDescriptionsData index, Progress progress) {
			this.files = files;
			this.indexed = indexed;
			this.kept = kept;
			this.index = index;
			this.progress = progress;
			this.total = (int) indexed.stream().filter(i -> i.names() != null).count();
			this.findings = new List[files.size()];
			this.crashed = new boolean[files.size()];
		}

		/** Loads, links, validates and reports the files from..to-1, then lets their models go. */
		void check(int from, int to) {
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index);
			XtextResource[] resources = new XtextResource[to - from];
			// every file of the batch first, so that references between them stay within the batch
			for (int i = from; i < to; i++) {
				resources[i - from] = load(i, set);
			}
			for (int i = from; i < to; i++) {
				resources[i - from] = link(i, resources[i - from]);
			}
			for (int i = from; i < to; i++) {
				validate(i, resources[i - from]);
			}
			Arrays.fill(resources, null);
			whenBatchDone.accept(set);
		}

		/** The file's model in the batch's set: the one kept from step 1, or read and parsed again. */
		private XtextResource load(int i, XtextResourceSet set) {
			Path file = files.get(i);
			Indexed entry = indexed.get(i);
			findings[i] = new ArrayList<>();
			if (entry.names() == null) {
				report(i, entry.problem());
				return null;
			}
			XtextResource resource = kept[i];
			kept[i] = null;
			if (resource != null) {
				set.getResources().add(resource);
				return resource;
			}
			Source source = Sources.read(file); // again: what the file holds now is checked, were it changed since step 1
			try {
				return source.text() == null ? failed(i, source) : AgreementChecker.load(source, set);
			} catch (UnusableFile e) {
				return failed(i, Sources.unusable(file, e.getMessage(), e.code));
			} catch (RuntimeException | StackOverflowError e) {
				return failed(i, AgreementChecker.internal(file, "parsing", e));
			}
		}

		private XtextResource link(int i, XtextResource resource) {
			if (resource == null) {
				return null;
			}
			try {
				TestCrash.at(files.get(i), "linking");
				EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
				return resource;
			} catch (RuntimeException | StackOverflowError e) {
				return failed(i, AgreementChecker.internal(files.get(i), "linking", e));
			}
		}

		private void validate(int i, XtextResource resource) {
			if (resource == null) {
				return;
			}
			Path file = files.get(i);
			try {
				TestCrash.at(file, "validation");
				fileIssues.of(file, resource).forEach(issue -> findings[i].add(issue.finding()));
			} catch (RuntimeException | StackOverflowError e) {
				// a bug of ours must not hide the findings of the other files
				findings[i].clear();
				report(i, AgreementChecker.internal(file, "validation", e));
			}
			progress.checked(done.incrementAndGet(), total);
		}

		/** A file that could be indexed but not checked: its one finding, and it counts as done. */
		private XtextResource failed(int i, Source problem) {
			report(i, problem);
			progress.checked(done.incrementAndGet(), total);
			return null;
		}

		private void report(int i, Source problem) {
			findings[i].add(0, problem.problem());
			crashed[i] = FileProblems.INTERNAL.equals(problem.problem().code());
		}
	}
}
