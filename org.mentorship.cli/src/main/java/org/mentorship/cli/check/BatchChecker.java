package org.mentorship.cli.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

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
 * so references between files resolve and duplicate ids are found), in time linear in the number of files, with
 * each file parsed once as a rule, and a heap that does not grow with their models.
 * <ol>
 * <li>On all cores, the files in batches, in their order: each batch is read and parsed into a resource set of its
 * own, each file's exported names ({@link ExportedNames}) join the run's index as it grows ({@link NameTable}),
 * and then each file is linked and validated against the names indexed so far, every question to the index written
 * down ({@link RecordingIndex}); then the batch is dropped. A name is found in constant time (a resource set's own
 * index asks every loaded file: quadratic).</li>
 * <li>With all names known (the same table, as {@link TableIndex}), the questions are asked again: a file whose
 * questions (or those of an earlier file of its batch) get another answer now, or that asked for all names ("Did you
 * mean"), is read, parsed and checked again, in batches against the complete index. Those are the files that depend
 * on a later file: a programme file that sorts after its agreements, an id used again further on, a misspelt name.
 * The others keep the findings of step 1.</li>
 * </ol>
 * Memory per file of the run, kept to the end (about 230 bytes for a 60-line agreement, which exports five names:
 * docs/benchmarks.md): the index ({@link NameTable}, about 170), the file itself ({@link FileList}, about 30), the
 * questions of its batch (about one per file, 13 bytes the common one: {@link RecordingIndex}), its findings (one
 * shared empty list for most files); and, while a batch is checked, its models (one batch per thread).
 */
public final class BatchChecker {

	/**
	 * Files per batch at most. Small batches keep few models alive when the young generation is collected: on 10,000
	 * files, batches of 50 took 4 times less collection time than batches of 250, and half the memory (see
	 * docs/benchmarks.md); a file that the agreements of a batch name (their programme) is read once per batch.
	 */
	public static final int BATCH_SIZE = 50;
	/** Characters per batch at most (a 60-line agreement has about 2,500; one of 10,000 lines about 400,000). */
	static final int BATCH_CHARS = 250_000;

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

	/** @param whenBatchDone told each batch's resource set (of both steps) once its files are checked (for tests) */
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
	 * @param checkedAgain how many files step 2 read, parsed and checked a second time
	 */
	public record Result(Map<Path, List<Finding>> findings, int crashed, int checkedAgain) {
	}

	/** @param files free of duplicates (as MentorFiles gives them), kept by the result */
	public Result check(List<Path> files, Progress progress) {
		int count = files.size();
		// small runs are split evenly over the threads
		int size = Math.min(batchSize, Math.max(1, (count + threads - 1) / threads));
		Run run = new Run(files, progress);
		List<int[]> firstBatches = batches(IntStream.range(0, count).toArray(), size, i -> sizeOnDisk(files.get(i)), true);
		List<RecordingIndex> questions = Parallel.map(threads, firstBatches.size(), b -> run.first(firstBatches.get(b)));
		// the table is complete now: step 2's index, with no second copy of the names
		TableIndex complete = new TableIndex(run.table);
		List<Integer> again = new ArrayList<>();
		for (int b = 0; b < firstBatches.size(); b++) {
			int answeredAlike = questions.get(b).sameIn(run.table);
			questions.set(b, null);
			for (int i : firstBatches.get(b)) {
				if (run.table.has(i) && (run.asked[i] > answeredAlike || run.crashed[i])) {
					again.add(i);
				}
			}
		}
		List<int[]> secondBatches = batches(again.stream().mapToInt(Integer::intValue).toArray(), size, i -> run.chars[i], false);
		Parallel.map(threads, secondBatches.size(), b -> {
			run.again(secondBatches.get(b), complete);
			return null;
		});
		int crashed = 0;
		for (int i = 0; i < count; i++) {
			run.findings[i] = run.findings[i].isEmpty() ? List.of() : AgreementChecker.inReadingOrder(run.findings[i]);
			crashed += run.crashed[i] ? 1 : 0;
		}
		return new Result(new FileFindings(files, run.findings), crashed, again.size());
	}

	/**
	 * Runs of the given files in their order, of at most {@code size} files and {@link #BATCH_CHARS} characters (at
	 * least one file); with {@code firstAlone} the first file alone, checked before the others start (see Parallel).
	 */
	private static List<int[]> batches(int[] files, int size, IntToLongFunction chars, boolean firstAlone) {
		List<int[]> batches = new ArrayList<>();
		for (int from = 0; from < files.length;) {
			int to = from + 1;
			long total = chars.applyAsLong(files[from]);
			while ((from > 0 || !firstAlone) && to < files.length && to - from < size
					&& total + chars.applyAsLong(files[to]) <= BATCH_CHARS) {
				total += chars.applyAsLong(files[to++]);
			}
			batches.add(java.util.Arrays.copyOfRange(files, from, to));
			from = to;
		}
		return batches;
	}

	/** Bytes, for step 1's batches (the characters are known once read); a file that cannot be read counts 0. */
	private static long sizeOnDisk(Path file) {
		try {
			return Files.size(file);
		} catch (IOException | SecurityException e) {
			return 0;
		}
	}

	/** The state of one run, shared by the threads; each batch writes only the slots of its own files. */
	private final class Run {
		private final List<Path> files;
		private final Progress progress;
		private final AtomicInteger done = new AtomicInteger();
		final NameTable table;
		final int[] chars;
		/** How many questions the file's batch had asked when the file was checked in step 1. */
		final int[] asked;
		final List<Finding>[] findings;
		final boolean[] crashed;

		@SuppressWarnings("unchecked")
		Run(List<Path> files, Progress progress) {
			this.files = files;
			this.progress = progress;
			this.table = new NameTable(files.size());
			this.chars = new int[files.size()];
			this.asked = new int[files.size()];
			this.findings = new List[files.size()];
			this.crashed = new boolean[files.size()];
		}

		/** Step 1 for a batch: read, parse and index its files, then check each against the names indexed so far. */
		RecordingIndex first(int[] batch) {
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			RecordingIndex questions = new RecordingIndex(table);
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, questions);
			XtextResource[] resources = new XtextResource[batch.length];
			for (int k = 0; k < batch.length; k++) {
				resources[k] = load(batch[k], set, true);
			}
			for (int k = 0; k < batch.length; k++) {
				validate(batch[k], link(batch[k], resources[k]));
				resources[k] = null;
				keep(batch[k]);
				asked[batch[k]] = questions.asked();
				progress.checked(done.incrementAndGet(), files.size());
			}
			questions.done();
			whenBatchDone.accept(set);
			return questions;
		}

		/** Step 2 for a batch: its files read, parsed and checked again, against the complete index. */
		void again(int[] batch, TableIndex complete) {
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, complete);
			XtextResource[] resources = new XtextResource[batch.length];
			// every file of the batch first, so that references between them stay within the batch
			for (int k = 0; k < batch.length; k++) {
				resources[k] = load(batch[k], set, false);
			}
			for (int k = 0; k < batch.length; k++) {
				validate(batch[k], link(batch[k], resources[k]));
				resources[k] = null;
				keep(batch[k]);
			}
			whenBatchDone.accept(set);
		}

		/** Reads and parses the file into the set (step 1 also indexes it); null when it cannot be checked. */
		private XtextResource load(int i, XtextResourceSet set, boolean index) {
			Path file = files.get(i);
			findings[i] = new ArrayList<>();
			crashed[i] = false;
			Source source = Sources.read(file); // step 2 checks what the file holds now, were it changed since step 1
			XtextResource resource;
			try {
				if (source.text() == null) {
					return failed(i, source);
				}
				TestCrash.at(file, "parsing");
				resource = AgreementChecker.load(source, set);
			} catch (UnusableFile e) {
				return failed(i, Sources.unusable(file, e.getMessage(), e.code));
			} catch (RuntimeException | StackOverflowError e) {
				return failed(i, AgreementChecker.internal(file, "parsing", e));
			}
			if (!index) {
				return resource;
			}
			try {
				ExportedNames names = ExportedNames.copyOf(files, i, descriptions.getResourceDescription(resource));
				chars[i] = source.text().length();
				table.add(i, names);
				return resource;
			} catch (RuntimeException | StackOverflowError e) {
				return failed(i, AgreementChecker.internal(file, "indexing", e));
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
				failed(i, AgreementChecker.internal(file, "validation", e));
			}
		}

		/** The file is checked: its findings kept until the report, without room to grow (most files have none). */
		private void keep(int i) {
			findings[i] = List.copyOf(findings[i]);
		}

		/** A file that cannot be checked: its one finding. */
		private XtextResource failed(int i, Source problem) {
			findings[i].add(0, problem.problem());
			crashed[i] = FileProblems.INTERNAL.equals(problem.problem().code());
			return null;
		}
	}
}
