package org.mentorship.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up of Mentorship Studio, the materialized product, as a new process (needs a display: the run script
 * uses Xvfb when there is none). Measured from process start to the product's own "ready" line (test hook
 * {@code -Dmentorship.studio.report}): the window is open and every editor of the start is shown; with a file on the
 * command line, its editor shows the file's Problems marker. Each run gets a fresh copy of a workspace made by one
 * first start (the example project, complete.mentor open), so every run restores the same state.
 */
final class StudioStartup {

	/** CPU milliseconds the product reported for its last start (all threads, until ready). */
	private static double lastCpu;

	private StudioStartup() {
	}

	static void run(Path product, Path examples, int runs) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path launcher;
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + product));
		}
		Path work = Files.createTempDirectory("studio-bench");
		Path broken = work.resolve("broken.mentor");
		String minimal = Files.readString(examples.resolve("minimal.mentor"));
		Files.writeString(broken, minimal.replace("due 2027-02-01", "due 2027-02-30"));
		Path prepared = work.resolve("prepared");

		List<String> plain = List.of(java, "-Xms64m", "-Xmx1g", "-jar", launcher.toString());
		// what the product's start script runs
		List<String> tuned = List.of(java, "-Xms64m", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-jar", launcher.toString());
		// first start: creates the workspace that every later run starts from (a copy each time)
		double first = start(tuned, prepared, List.of(), true);

		System.out.println("## Start-up of Mentorship Studio (median ms of " + runs + " runs, process start to ready)");
		System.out.println();
		System.out.printf(Locale.ROOT, "Load average before: %.1f. First start of a new workspace (creates the project "
				+ "Agreements, opens complete.mentor): %.0f ms (one run).%n%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), first);
		System.out.println("| start | JVM options | ms | vs no file | CPU ms (all threads) |");
		System.out.println("|---|---|---:|---:|---:|");
		double[] none = median(runs, () -> start(plain, copy(prepared, work), List.of(), false));
		double[] file = median(runs, () -> start(plain, copy(prepared, work), List.of(broken.toString()), false));
		double[] noneTuned = median(runs, () -> start(tuned, copy(prepared, work), List.of(), false));
		double[] fileTuned = median(runs, () -> start(tuned, copy(prepared, work), List.of(broken.toString()), false));
		row("no file (complete.mentor restored)", "default", none, none);
		row("agreement with an error: editor shows its marker", "default", file, none);
		row("no file (complete.mentor restored)", "C1 only (start script)", noneTuned, none);
		row("agreement with an error: editor shows its marker", "C1 only (start script)", fileTuned, none);
		System.out.printf(Locale.ROOT, "%nLoad average after: %.1f%n%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		delete(work);
	}

	private interface Run {
		double ms() throws IOException, InterruptedException;
	}

	/** Median wall-clock ms and median CPU ms of the runs. */
	private static double[] median(int runs, Run run) throws IOException, InterruptedException {
		run.ms(); // file cache warm
		List<Double> times = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			times.add(run.ms());
			cpu.add(lastCpu);
		}
		times.sort(Double::compare);
		cpu.sort(Double::compare);
		return new double[] { times.get(runs / 2), cpu.get(runs / 2) };
	}

	private static void row(String what, String options, double[] ms, double[] none) {
		System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.2fx | %.0f |%n", what, options, ms[0], ms[0] / none[0], ms[1]);
	}

	/** One start: milliseconds from process start to the ready line; then the product closes itself. */
	private static double start(List<String> command, Path workspace, List<String> files, boolean keep)
			throws IOException, InterruptedException {
		List<String> full = new ArrayList<>(command.subList(0, command.size() - 2));
		full.add("-Dmentorship.studio.report=-");
		full.add("-Dmentorship.studio.report.close=0");
		full.addAll(command.subList(command.size() - 2, command.size()));
		full.add("-data");
		full.add(workspace.toString());
		full.addAll(files);
		long start = System.nanoTime();
		Process process = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		double ready = -1;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (ready < 0 && line.startsWith("ready ")) {
					ready = (System.nanoTime() - start) / 1e6;
					String[] parts = line.split(" ");
					lastCpu = parts.length >= 4 ? Double.parseDouble(parts[3]) : -1;
				} else if (line.startsWith("timeout")) {
					throw new IllegalStateException("the product did not get ready: " + full);
				}
			}
		}
		int code = process.waitFor();
		if (code != 0 || ready < 0) {
			throw new IllegalStateException("exit " + code + ", ready " + ready + ": " + full);
		}
		if (!keep) {
			delete(workspace.getParent());
		}
		return ready;
	}

	private static Path copy(Path from, Path work) throws IOException {
		Path to = Files.createTempDirectory(work, "run").resolve("workspace");
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else if (!source.getFileName().toString().equals(".lock")) {
					Files.copy(source, target);
				}
			}
		}
		return to;
	}

	private static void delete(Path path) throws IOException {
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(file);
			}
		}
	}
}
