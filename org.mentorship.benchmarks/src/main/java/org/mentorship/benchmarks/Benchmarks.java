package org.mentorship.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.mentorship.cli.check.AgreementChecker;
import org.mentorship.cli.check.BatchChecker;
import org.mentorship.cli.check.Finding;
import org.mentorship.dsl.ide.MentorIdeSetup;

import com.google.inject.Injector;

/**
 * Prints the figures of docs/benchmarks.md, side by side in one run, as medians. Machines are shared
 * and noisy: compare the ratios within a run, not absolute times across runs.
 *
 * Usage: org.mentorship.benchmarks/run [--quick] [--cli path/to/mentor.jar] [--mentor path/to/mentor-launcher]
 * [--files 10000,100000] [--mentor-baseline path/to/an/earlier/mentor] [--studio path/to/product]
 * [--studio-baseline path/to/an/earlier/product]... [--studio-script-only]
 * [--only studio|folders|single] (single: the table of one agreement only)
 */
public final class Benchmarks {

	private final Injector injector = new MentorIdeSetup().createInjectorAndDoEMFRegistration();
	private final boolean quick;

	private Benchmarks(boolean quick) {
		this.quick = quick;
	}

	public static void main(String[] args) throws Exception {
		List<String> options = Arrays.asList(args);
		boolean quick = options.contains("--quick");
		int cli = options.indexOf("--cli");
		int studio = options.indexOf("--studio");
		List<Path> baselines = new ArrayList<>();
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--studio-baseline")) {
				baselines.add(Path.of(args[i + 1]));
			}
		}
		String only = options.contains("--only") ? options.get(options.indexOf("--only") + 1) : "";
		boolean onlyStudio = only.equals("studio");
		int mentor = options.indexOf("--mentor");
		int mentorBaseline = options.indexOf("--mentor-baseline");
		Path earlierMentor = mentorBaseline < 0 ? null : Path.of(args[mentorBaseline + 1]);
		int[] sizes = options.contains("--files")
				? Arrays.stream(options.get(options.indexOf("--files") + 1).split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10_000 };
		Benchmarks benchmarks = new Benchmarks(quick);
		System.out.printf(Locale.ROOT, "# Mentorship Studio benchmarks%n%nJava %s on %s, %d cores, max heap %d MB%n%n",
				System.getProperty("java.version"), System.getProperty("os.arch"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		if (only.equals("folders")) {
			if (mentor < 0) {
				throw new IllegalArgumentException("--only folders needs --mentor path/to/the/mentor/launcher");
			}
			ColdFolders.run(Path.of(args[mentor + 1]), earlierMentor, sizes, quick ? 1 : 3);
			return;
		}
		if (!onlyStudio) {
			benchmarks.singleAgreements();
		}
		if (only.isEmpty()) {
			benchmarks.folders();
			if (cli >= 0) {
				ColdStart.run(Path.of(args[cli + 1]), quick ? 5 : 11);
			}
			if (mentor >= 0 && !quick) {
				ColdFolders.run(Path.of(args[mentor + 1]), earlierMentor, sizes, 3);
			}
		}
		if (studio >= 0 && (only.isEmpty() || onlyStudio)) {
			StudioStartup.run(Path.of(args[studio + 1]), baselines, !options.contains("--studio-script-only"),
					Path.of("examples"), quick ? 5 : 9);
		}
	}

	// ---------------------------------------------------------------------------------------------

	private void singleAgreements() {
		System.out.println("## One agreement: raw parse vs full pipeline vs generation (median CPU ms of the measuring thread;"
				+ " raw parse and full pipeline in turns)");
		System.out.println();
		System.out.println("| lines | raw parse | parse + link + validate | ratio | ratio of minima | full ms per 1,000 lines"
				+ " | the same, linked as the product links | ratio | generate HTML + ICS"
				+ " | per keystroke (server: reparse in place + link + fast checks) | ratio |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		List<String> notes = new ArrayList<>();
		GeneratorDelegate generator = injector.getInstance(GeneratorDelegate.class);
		IParser parser = injector.getInstance(IParser.class);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		for (int lines : quick ? new int[] { 100, 1000 } : new int[] { 100, 1000, 10000 }) {
			String text = SyntheticAgreements.agreement("bench", lines, 42);
			Supplier<Void> rawParse = () -> {
				IParseResult result = parser.parse(new StringReader(text));
				if (result.hasSyntaxErrors()) {
					throw new IllegalStateException("synthetic agreement has syntax errors");
				}
				return null;
			};
			// linked with EMF's walk over every object's references (the row's definition since it was first measured)
			Supplier<Void> fullPipeline = () -> validated(text, validator, EcoreUtil::resolveAll);
			// linked as `mentor validate` (AgreementChecker, BatchChecker) and the language server link: the lazy proxies
			Supplier<Void> asTheProduct = () -> validated(text, validator,
					resource -> EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl));
			InterleavedRatio.Result pair = InterleavedRatio.measure(rawParse, fullPipeline,
					quick ? 500_000_000L : 2_000_000_000L, quick ? 11 : 31);
			notes.add(pair.disturbance(lines));
			InterleavedRatio.Result product = InterleavedRatio.measure(rawParse, asTheProduct,
					quick ? 500_000_000L : 2_000_000_000L, quick ? 11 : 31);
			notes.add("linked as the product links: " + product.disturbance(lines));
			double raw = pair.raw().median();
			double full = pair.full().median();
			XtextResourceSet generated = injector.getInstance(XtextResourceSet.class);
			Resource validated = load(generated, "bench.mentor", text);
			validator.validate(validated, CheckMode.ALL, CancelIndicator.NullImpl);
			double generation = median(() -> {
				InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
				generator.generate(validated, files, new GeneratorContext());
				if (files.getTextFiles().size() != 2) {
					throw new IllegalStateException("expected a summary and a calendar");
				}
				return null;
			});
			Keystroke keystroke = new Keystroke((XtextResource) load(injector.getInstance(XtextResourceSet.class),
					"typing.mentor", text), validator);
			double typing = median(keystroke::next);
			System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.2fx | %.2fx | %.1f | %.1f | %.2fx | %.1f | %.1f | %.2fx |%n",
					lines, raw, full, pair.ratioOfMedians(), pair.ratioOfMinima(), full / lines * 1000,
					product.full().median(), product.ratioOfMedians(), generation, typing, typing / raw);
		}
		System.out.println();
		notes.forEach(note -> System.out.println("- " + note));
		System.out.println();
	}

	/** Loads, links (by the given walk) and validates the agreement, which must have no errors. */
	private Void validated(String text, IResourceValidator validator, java.util.function.Consumer<Resource> link) {
		Resource resource = load(injector.getInstance(XtextResourceSet.class), "bench.mentor", text);
		link.accept(resource);
		long errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
		if (errors > 0) {
			throw new IllegalStateException("synthetic agreement has " + errors + " errors");
		}
		return null;
	}

	private Resource load(XtextResourceSet set, String name, String text) {
		Resource resource = set.createResource(URI.createFileURI("/bench/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	private void folders() throws IOException {
		System.out.println("## Folders of agreements: `mentor validate` (BatchChecker) in one warm JVM (median of runs)");
		System.out.println();
		System.out.println("| files | 1 thread files/s | 2 threads files/s | speed-up | peak heap MB (2 threads) |");
		System.out.println("|---:|---:|---:|---:|---:|");
		for (int count : quick ? new int[] { 100, 1000 } : new int[] { 100, 1000, 10000 }) {
			Path dir = Files.createTempDirectory("mentor-bench");
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Path file = dir.resolve("agreement-" + i + ".mentor");
				Files.writeString(file, SyntheticAgreements.agreement("a" + i, 60, i));
				files.add(file);
			}
			int runs = count >= 10000 ? 1 : 3;
			double one = medianOf(runs, () -> check(files, 1)) / 1000;
			PeakHeap peak = new PeakHeap();
			double two = medianOf(runs, () -> check(files, 2)) / 1000;
			long peakMb = peak.stop() >> 20;
			System.out.printf(Locale.ROOT, "| %,d | %,.0f | %,.0f | %.2fx | %d |%n", count, count / one, count / two,
					one / two, peakMb);
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
			}
		}
		System.out.println();
	}

	private Void check(List<Path> files, int threads) {
		Map<Path, List<Finding>> findings = new BatchChecker(injector, threads, BatchChecker.BATCH_SIZE, set -> {
		}).check(files, AgreementChecker.Progress.NONE).findings();
		long errors = Finding.count(findings, Finding.Level.ERROR);
		if (errors > 0) {
			throw new IllegalStateException(errors + " errors in synthetic agreements");
		}
		return null;
	}

	// ---------------------------------------------------------------------------------------------

	/**
	 * Median CPU time of this thread in ms, after warming up for about two seconds of CPU (or a few runs of slow
	 * cases). CPU time, not wall time: on a shared machine the other processes' load changes the wall time of each
	 * run, not the work this thread does (the garbage collector's own threads are not counted).
	 */
	private double median(Supplier<Void> work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long warmUntil = threads.getCurrentThreadCpuTime() + (quick ? 500_000_000L : 2_000_000_000L);
		int warm = 0;
		while (threads.getCurrentThreadCpuTime() < warmUntil || warm < 3) {
			work.get();
			warm++;
		}
		double[] times = new double[quick ? 5 : 11];
		for (int i = 0; i < times.length; i++) {
			long start = threads.getCurrentThreadCpuTime();
			work.get();
			times[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[times.length / 2];
	}

	static double medianOf(int runs, Supplier<Void> work) {
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

	/** Samples the used heap every 5 ms until stopped. */
	private static final class PeakHeap {
		private final AtomicLong peak = new AtomicLong();
		private final AtomicBoolean running = new AtomicBoolean(true);
		private final Thread sampler;

		PeakHeap() {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			sampler = new Thread(() -> {
				while (running.get()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(5);
					} catch (InterruptedException e) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
		}

		long stop() {
			running.set(false);
			return peak.get();
		}
	}
}
