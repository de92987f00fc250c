package org.mentorship.dsl.ui.tests;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how late the UI thread runs a task posted every 5 ms, and for each late task what the time went to:
 * the UI thread's own CPU time (work done on the UI thread), the JVM's stop-the-world collections (the language
 * server runs in the same JVM: its garbage stops the UI thread too) and JIT compilation meanwhile (competing for the
 * two cores). With {@code stacks} the UI thread's stack is sampled every 5 ms while a task is more than 20 ms late.
 */
final class UiWatchdog {

	/** A stall worth explaining: the goal is no stall over 50 ms. */
	static final double STALL_MS = 50;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean running = new AtomicBoolean(true);
	private final Thread thread;
	private final long uiThreadId;

	/** One posted task: when it was posted, how late it ran, and what happened meanwhile. */
	static final class Probe {
		final long postedNanos = System.nanoTime();
		final long postedUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
		final long uiCpu0;
		final long gc0 = gcMillis();
		final long jit0 = jitMillis();
		final List<String> samples = new ArrayList<>();
		volatile boolean ran;
		double delayMs;
		double uiCpuMs;
		long gcMs;
		long jitMs;

		Probe(long uiThreadId) {
			uiCpu0 = THREADS.getThreadCpuTime(uiThreadId);
		}

		void run() {
			delayMs = (System.nanoTime() - postedNanos) / 1e6;
			uiCpuMs = (THREADS.getCurrentThreadCpuTime() - uiCpu0) / 1e6;
			gcMs = gcMillis() - gc0;
			jitMs = jitMillis() - jit0;
			ran = true;
		}
	}

	UiWatchdog(Display display, boolean stacks) {
		uiThreadId = display.getThread().getId();
		thread = new Thread(() -> {
			List<Probe> waiting = new ArrayList<>();
			while (running.get()) {
				Probe probe = new Probe(uiThreadId);
				probes.add(probe);
				waiting.add(probe);
				display.asyncExec(probe::run);
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
				waiting.removeIf(p -> p.ran);
				if (stacks && !waiting.isEmpty() && (System.nanoTime() - waiting.get(0).postedNanos) / 1e6 > 20) {
					Thread ui = display.getThread();
					waiting.get(0).samples.add(ui.getState() + " " + shortStack(ui.getStackTrace()));
				}
			}
		}, "UI watchdog");
		thread.setDaemon(true);
		thread.start();
	}

	/** Stops probing; the delays of every probe that ran. */
	List<Probe> stop() throws InterruptedException {
		running.set(false);
		thread.join();
		return probes.stream().filter(p -> p.ran).collect(Collectors.toList());
	}

	/** The stalls over {@link #STALL_MS}: of probes posted during one stall, the first (the longest wait). */
	static List<Probe> stalls(List<Probe> probes) {
		List<Probe> stalls = new ArrayList<>();
		long coveredUntil = Long.MIN_VALUE;
		for (Probe probe : probes) {
			if (probe.delayMs > STALL_MS && probe.postedNanos > coveredUntil) {
				stalls.add(probe);
				coveredUntil = probe.postedNanos + (long) (probe.delayMs * 1e6);
			}
		}
		return stalls;
	}

	/** One line per stall: when, how long, the UI thread's CPU, GC and JIT meanwhile, the most frequent stacks. */
	static String describe(Probe stall) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		stall.samples.forEach(s -> counts.merge(s, 1, Integer::sum));
		String stacks = counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
				.map(e -> e.getValue() + "x " + e.getKey()).collect(Collectors.joining("\n      "));
		return String.format("STALL at %d ms uptime: %.0f ms late; UI thread CPU %.0f ms, GC pauses %d ms, JIT %d ms%s",
				stall.postedUptimeMs, stall.delayMs, stall.uiCpuMs, stall.gcMs, stall.jitMs,
				stacks.isEmpty() ? "" : "\n      " + stacks);
	}

	private static String shortStack(StackTraceElement[] stack) {
		return Arrays.stream(stack).filter(UiWatchdog::telling).limit(6)
				.map(f -> f.getClassName().replaceAll("^.*\\.", "") + "." + f.getMethodName())
				.collect(Collectors.joining(" < "));
	}

	/** Frames that say whose work it is (not the JDK's, nor SWT's event loop plumbing). */
	private static boolean telling(StackTraceElement frame) {
		String c = frame.getClassName();
		return !(c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("org.eclipse.swt.internal.")
				|| c.startsWith("org.eclipse.swt.widgets.Display") || c.startsWith("org.eclipse.swt.widgets.Synchronizer")
				|| c.startsWith("org.eclipse.swt.widgets.RunnableLock"));
	}

	static long gcMillis() {
		long total = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, gc.getCollectionTime());
		}
		return total;
	}

	private static long jitMillis() {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
	}
}
