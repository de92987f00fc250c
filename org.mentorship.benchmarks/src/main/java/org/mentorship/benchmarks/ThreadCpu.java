package org.mentorship.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time of a running JVM by kind of thread, read from Linux's {@code /proc/PID/task/TID/stat} (the JVM's own
 * threads, the JIT compilers and the collector, are invisible to Java's ThreadMXBean). Used on a start of Mentorship
 * Studio at its ready line, to see whether the UI thread, the critical path, gets the cores. Elsewhere (no /proc) all
 * figures are -1.
 *
 * @param ui the busiest thread named {@code java} other than the process's first (the launcher's main thread, on which
 *           Equinox runs the workbench: SWT's UI thread)
 * @param jit the compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre})
 * @param gc the collector's threads ({@code GC Thread#N}, {@code G1 ...})
 * @param uiNice the nice value of the UI thread, jitNice the highest of the compiler threads'
 */
record ThreadCpu(double ui, double jit, double gc, int uiNice, int jitNice) {

	static final ThreadCpu NONE = new ThreadCpu(-1, -1, -1, 0, 0);

	/** A clock tick of {@code utime}/{@code stime}: 10 ms (USER_HZ is 100 on Linux whatever the kernel's HZ). */
	private static final double MS_PER_TICK = 10;

	/** The figures of the JVM started by {@code process} (itself, or a descendant when a start script runs java). */
	static ThreadCpu of(Process process) {
		Optional<ProcessHandle> java = Stream.concat(Stream.of(process.toHandle()), process.descendants())
				.filter(p -> p.info().command().map(c -> c.endsWith("/java") || c.equals("java")).orElse(false))
				.findFirst();
		return java.map(p -> read(p.pid())).orElse(NONE);
	}

	private static ThreadCpu read(long pid) {
		Path tasks = Path.of("/proc", Long.toString(pid), "task");
		double ui = 0;
		double jit = 0;
		double gc = 0;
		int uiNice = 0;
		int jitNice = Integer.MIN_VALUE;
		try (Stream<Path> all = Files.list(tasks)) {
			for (Path task : (Iterable<Path>) all::iterator) {
				String stat;
				try {
					stat = Files.readString(task.resolve("stat"));
				} catch (IOException ended) {
					continue; // the thread ended meanwhile
				}
				// "TID (COMM) STATE ..." where COMM may hold spaces and parentheses: fields after the last ')'
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				double ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
				int nice = Integer.parseInt(fields[16]);
				boolean first = task.getFileName().toString().equals(Long.toString(pid));
				if (name.equals("java") && !first && ms > ui) {
					ui = ms;
					uiNice = nice;
				} else if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
					jit += ms;
					jitNice = Math.max(jitNice, nice);
				} else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
					gc += ms;
				}
			}
		} catch (IOException | RuntimeException e) {
			return NONE;
		}
		return new ThreadCpu(ui, jit, gc, uiNice, jitNice == Integer.MIN_VALUE ? 0 : jitNice);
	}
}
