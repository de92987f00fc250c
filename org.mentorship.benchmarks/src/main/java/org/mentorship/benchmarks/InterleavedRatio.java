package org.mentorship.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The raw parse and the full pipeline of one text, measured in turns in the same warm JVM: iteration by iteration,
 * the order swapped every pair. On the shared 2-core machine the CPU time of the same work comes in bursts: for half
 * a second at a time a raw parse of 10,000 lines took 125 to 135 ms of this thread's CPU instead of 23 (other
 * processes on both cores; a third of it system time). Measured one after the other (eleven of one, then eleven of
 * the other), a burst could cover most of one measure and none of the other, and a run put the raw parse above the
 * full pipeline that contains it. In turns, a burst hits both alike.
 *
 * Each iteration records the CPU time of this thread and its user part (the JVM reads user time in clock ticks of
 * 10 ms, so only its mean over the iterations means something; the rest is system time, which was a third of a raw
 * parse at 10,000 lines while the heap was not fixed and touched at start: see the run script) and whether a collection ran meanwhile (its pauses
 * are not this thread's CPU, but the collector's work in the allocating thread is). The medians give the table's
 * figures, the minima (the least disturbed iteration of each) a second ratio beside them.
 */
final class InterleavedRatio {

	/** Figures of one measure, in CPU ms of the measuring thread. */
	record Figures(double median, double min, double systemMean, int withCollection) {
	}

	/** Both measures of one text. */
	record Result(Figures raw, Figures full, int iterations, long compilingMs) {

		double ratioOfMedians() {
			return full.median / raw.median;
		}

		double ratioOfMinima() {
			return full.min / raw.min;
		}

		/** One line on how disturbed the iterations were, for the notes below the table. */
		String disturbance(int lines) {
			return String.format(Locale.ROOT,
					"%,d lines, %d iterations each: system CPU (mean) raw parse %.1f ms, full pipeline %.1f ms;"
							+ " iterations with a collection %d and %d; the JIT compiled for %d ms meanwhile",
					lines, iterations, raw.systemMean, full.systemMean, raw.withCollection, full.withCollection, compilingMs);
		}
	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

	private InterleavedRatio() {
	}

	/**
	 * Warms both up in turns for {@code warmNanos} of this thread's CPU (at least three of each) and then until the
	 * JIT compiler has finished nothing for a quarter of that (at most four times {@code warmNanos} more), then
	 * measures {@code iterations} of each in turns. The CPU time of this thread says when it ran enough, not when
	 * its code got compiled: on a busy machine the compiler threads wait for a core too (after two seconds of the
	 * full pipeline of 10,000 lines at load 5 the JIT still finished 4 s of compilations during the next eleven).
	 */
	static Result measure(Supplier<Void> raw, Supplier<Void> full, long warmNanos, int iterations) {
		long start = THREADS.getCurrentThreadCpuTime();
		long compiled = JIT.getTotalCompilationTime();
		long compiledLast = start;
		for (int warm = 0;; warm++) {
			raw.get();
			full.get();
			long now = THREADS.getCurrentThreadCpuTime();
			if (JIT.getTotalCompilationTime() != compiled) {
				compiled = JIT.getTotalCompilationTime();
				compiledLast = now;
			}
			boolean quiet = now - compiledLast >= warmNanos / 4;
			if (warm >= 2 && (now - start >= warmNanos && quiet || now - start >= 5 * warmNanos)) {
				break;
			}
		}
		long compiledBefore = JIT.getTotalCompilationTime();
		Sample rawSample = new Sample(iterations);
		Sample fullSample = new Sample(iterations);
		for (int i = 0; i < iterations; i++) {
			// the order swaps every pair: neither measure always follows the other's garbage
			if (i % 2 == 0) {
				rawSample.time(i, raw);
				fullSample.time(i, full);
			} else {
				fullSample.time(i, full);
				rawSample.time(i, raw);
			}
		}
		return new Result(rawSample.figures(), fullSample.figures(), iterations,
				JIT.getTotalCompilationTime() - compiledBefore);
	}

	/** The iterations of one measure. */
	private static final class Sample {
		private final double[] cpu;
		private double systemTotal;
		private int withCollection;

		Sample(int iterations) {
			cpu = new double[iterations];
		}

		void time(int i, Supplier<Void> work) {
			long collections = collections();
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long userStart = THREADS.getCurrentThreadUserTime();
			work.get();
			long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
			long userNanos = THREADS.getCurrentThreadUserTime() - userStart;
			cpu[i] = cpuNanos / 1e6;
			systemTotal += (cpuNanos - userNanos) / 1e6;
			if (collections() != collections) {
				withCollection++;
			}
		}

		Figures figures() {
			double[] sortedCpu = cpu.clone();
			Arrays.sort(sortedCpu);
			return new Figures(sortedCpu[sortedCpu.length / 2], sortedCpu[0], systemTotal / cpu.length,
					withCollection);
		}
	}

	private static long collections() {
		long count = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, collector.getCollectionCount());
		}
		return count;
	}
}
