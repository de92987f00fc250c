package org.mentorship.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 13's command-line rows: a cold `./mentor validate FOLDER` (the launcher, with its class-data archive and JVM
 * options) as a new process on folders of 60-line agreements, measured by /usr/bin/time: wall time (files per
 * second), CPU time and peak RSS. Extra JVM options per row go through MENTOR_JAVA_OPTS, after the launcher's own.
 */
final class ColdFolders {

	private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
	private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
	private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

	private ColdFolders() {
	}

	/** One process: wall ms, CPU s, peak RSS MB. */
	private record Sample(double wallMs, double cpuSeconds, double rssMb) {
	}

	/**
	 * @param baseline the launcher of an earlier build (`--mentor-baseline`), or null: its runs take turns with the
	 *        current launcher's, run by run, so that a change of load hits both alike
	 */
	static void run(Path mentor, Path baseline, int[] sizes, int runs) throws IOException, InterruptedException {
		System.out.println("## Cold `./mentor validate FOLDER` (median of " + runs + " runs; 100,000 files: the launcher's options only)");
		System.out.println();
		System.out.println("| files | launcher | JVM options added | generate s | wall s | files/s | CPU s | CPU ms per file | peak RSS MB |");
		System.out.println("|---:|---|---|---:|---:|---:|---:|---:|---:|");
		List<Path> launchers = baseline == null ? List.of(mentor) : List.of(baseline, mentor);
		for (int size : sizes) {
			Path dir = Files.createTempDirectory("mentor-cold-" + size);
			try {
				long start = System.nanoTime();
				for (int i = 0; i < size; i++) {
					Files.writeString(dir.resolve(String.format("agreement-%06d.mentor", i)),
							SyntheticAgreements.agreement("a" + i, 60, i));
				}
				double generate = (System.nanoTime() - start) / 1e9;
				if (size < 100_000) {
					for (Path launcher : launchers) {
						validate(launcher, dir, ""); // the archive made, the files in the page cache (just written for 100,000)
					}
				}
				// the launcher's options (C1 only for validate), the launchers taking turns
				List<List<Sample>> samples = new ArrayList<>();
				launchers.forEach(launcher -> samples.add(new ArrayList<>()));
				// at 100,000 files too: one run's peak RSS varied by 20 MB, more than the row's goal allows
				for (int run = 0; run < runs; run++) {
					for (int l = 0; l < launchers.size(); l++) {
						samples.get(l).add(validate(launchers.get(l), dir, ""));
					}
				}
				for (int l = 0; l < launchers.size(); l++) {
					row(size, launchers.get(l) == baseline ? "baseline" : "this build",
							"none (the launcher's: C1 only, serial GC, 768 MB heap)", generate, median(samples.get(l)));
				}
				if (size < 100_000) { // with C2 as well (the JVM's default)
					row(size, "this build", "`-XX:TieredStopAtLevel=4` (C2 too)", generate, median(mentor, dir, "-XX:TieredStopAtLevel=4", runs));
				}
			} finally {
				try (Stream<Path> walk = Files.walk(dir)) {
					walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
				}
			}
		}
		System.out.println();
	}

	private static void row(int size, String launcher, String options, double generate, Sample median) {
		System.out.printf(Locale.ROOT, "| %,d | %s | %s | %.1f | %.1f | %,.0f | %.1f | %.2f | %,.0f |%n", size, launcher, options,
				generate, median.wallMs / 1000, size / (median.wallMs / 1000), median.cpuSeconds,
				median.cpuSeconds * 1000 / size, median.rssMb);
	}

	private static Sample median(Path mentor, Path dir, String options, int runs) throws IOException, InterruptedException {
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			samples.add(validate(mentor, dir, options));
		}
		return median(samples);
	}

	private static Sample median(List<Sample> samples) {
		return new Sample(middle(samples.stream().mapToDouble(Sample::wallMs).sorted().toArray()),
				middle(samples.stream().mapToDouble(Sample::cpuSeconds).sorted().toArray()),
				middle(samples.stream().mapToDouble(Sample::rssMb).sorted().toArray()));
	}

	private static double middle(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static Sample validate(Path mentor, Path dir, String options) throws IOException, InterruptedException {
		Path report = Files.createTempFile("mentor-time", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder("/usr/bin/time", "-v", "-o", report.toString(), mentor.toString(),
					"validate", "--today", "2026-12-01", dir.toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD);
			builder.environment().put("MENTOR_NO_BUILD", "1");
			builder.environment().put("MENTOR_JAVA_OPTS", options);
			long start = System.nanoTime();
			int code = builder.start().waitFor();
			double wall = (System.nanoTime() - start) / 1e6;
			String time = Files.readString(report);
			if (code != 0) { // synthetic agreements have no errors: anything else is a broken run
				throw new IllegalStateException("mentor validate exited " + code + "\n" + time);
			}
			return new Sample(wall, number(USER, time) + number(SYSTEM, time), number(RSS, time) / 1024);
		} finally {
			Files.deleteIfExists(report);
		}
	}

	private static double number(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in the output of /usr/bin/time:\n" + text);
		}
		return Double.parseDouble(matcher.group(1));
	}
}
