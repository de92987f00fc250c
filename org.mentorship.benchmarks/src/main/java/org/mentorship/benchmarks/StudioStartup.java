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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up of Mentorship Studio, the materialized product, as a new process (needs a display: the run script
 * uses Xvfb when there is none). Started the way users start it, through the product's start script
 * ({@code mentorship-studio}, with its JVM options and the class-data archive it made when the first start ended),
 * and, for comparison, with {@code java -jar} on the launcher and JVM defaults. Measured from process start to the
 * product's own "ready" line (test hook {@code -Dmentorship.studio.report}): the window is open and every editor of
 * the start is shown; with a file on the command line, its editor shows the file's Problems marker. Each run gets a
 * fresh copy of a workspace made by one first start (the example project, complete.mentor open), so every run
 * restores the same state. The rows take turns run by run, so that a change of the machine's load hits all alike.
 * With baseline products (earlier builds, or copies of one with another start script) their start scripts are
 * measured in the same rounds. On Linux the CPU of the UI thread, the JIT compiler threads and the collector at the
 * ready line are read from /proc ({@link ThreadCpu}), with the nice values of the UI and compiler threads.
 */
final class StudioStartup {

	private StudioStartup() {
	}

	/** One way to start: a label, the command without the report options, the workspace it starts from. */
	private record Start(String label, List<String> command, boolean script, Path prepared, boolean withFile) {
	}

	/** The figures of one start: wall-clock ms to ready; CPU ms; the phases (application, workbench, editors). */
	private record Figures(double wall, double cpu, double[] phases, ThreadCpu threads) {
	}

	/**
	 * @param baselines earlier products, each labelled "baseline" when alone, else by its folder's name
	 * @param direct whether to add this build's start with java -jar and JVM defaults
	 */
	static void run(Path product, List<Path> baselines, boolean direct, Path examples, int runs)
			throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path work = Files.createTempDirectory("studio-bench");
		Path broken = work.resolve("broken.mentor");
		String minimal = Files.readString(examples.resolve("minimal.mentor"));
		Files.writeString(broken, minimal.replace("due 2027-02-01", "due 2027-02-30"));

		List<Start> starts = new ArrayList<>();
		Map<String, Double> firstStarts = new LinkedHashMap<>();
		addStarts(starts, firstStarts, "this build", product, java, work.resolve("prepared"), direct);
		for (int i = 0; i < baselines.size(); i++) {
			Path baseline = baselines.get(i);
			String name = baselines.size() == 1 ? "baseline" : baseline.getFileName().toString();
			addStarts(starts, firstStarts, name, baseline, java, work.resolve("prepared-baseline-" + i), false);
		}

		System.out.println("## Start-up of Mentorship Studio (median of " + runs + " runs, process start to ready)");
		System.out.println();
		System.out.printf(Locale.ROOT, "Load average before: %.1f. First start of a new workspace through the start "
				+ "script (creates the project Agreements, opens complete.mentor; one run): %s.%n%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), firstStarts);

		Map<Start, List<Figures>> figures = new LinkedHashMap<>();
		starts.forEach(start -> figures.put(start, new ArrayList<>()));
		Map<Start, Integer> timeouts = new LinkedHashMap<>();
		for (Start start : starts) {
			start(start, copy(start.prepared(), work), broken, java); // the file cache warm for each product
		}
		for (int i = 0; i < runs; i++) {
			for (Start start : starts) {
				Figures run = start(start, copy(start.prepared(), work), broken, java);
				if (run == null) { // counted, not fatal: one start that never got ready must not lose the others
					timeouts.merge(start, 1, Integer::sum);
				} else {
					figures.get(start).add(run);
				}
			}
		}

		System.out.println("| start | how | ms to ready | CPU ms until ready | UI thread CPU | JIT CPU | GC CPU | nice UI/JIT"
				+ " | application | workbench | editors | not ready in 60 s |");
		System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Start start : starts) {
			List<Figures> all = figures.get(start);
			if (all.isEmpty()) {
				System.out.printf(Locale.ROOT, "| %s | %s | never ready | | | | | | | | | %d |%n", what(start),
						start.label(), timeouts.getOrDefault(start, 0));
				continue;
			}
			ThreadCpu last = all.get(all.size() - 1).threads();
			System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %d/%d | %.0f | %.0f | %.0f | %d |%n",
					what(start), start.label(), median(all, f -> f.wall()), median(all, f -> f.cpu()), median(all, f -> f.threads().ui()),
					median(all, f -> f.threads().jit()), median(all, f -> f.threads().gc()), last.uiNice(), last.jitNice(),
					median(all, f -> f.phases()[0]), median(all, f -> f.phases()[1]), median(all, f -> f.phases()[2]),
					timeouts.getOrDefault(start, 0));
		}
		System.out.printf(Locale.ROOT, "%nLoad average after: %.1f. The phases are the product's own milliseconds since "
				+ "its JVM started (application started, workbench window up, the start's editors opened); the first "
				+ "column also counts what the start script does before java starts.%n%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		delete(work);
	}

	private static String what(Start start) {
		return start.withFile() ? "agreement with an error: editor shows its marker" : "no file (complete.mentor restored)";
	}

	/** The starts of one product: its start script, and (if asked) java -jar with JVM defaults. */
	private static void addStarts(List<Start> starts, Map<String, Double> firstStarts, String name, Path product,
			String java, Path prepared, boolean direct) throws IOException, InterruptedException {
		List<String> script = List.of(product.resolve("mentorship-studio").toString());
		// the first start makes the workspace every run copies, and the start script's class-data archive
		Figures first = start(new Start(name, script, true, prepared, false), prepared, null, java);
		firstStarts.put(name, first == null ? Double.NaN : Math.rint(first.wall()));
		String how = name + ", start script";
		starts.add(new Start(how, script, true, prepared, false));
		starts.add(new Start(how, script, true, prepared, true));
		if (!direct) {
			return;
		}
		List<String> plain = List.of(java, "-Xms64m", "-Xmx1g", "-jar", launcher(product).toString(), "-configuration",
				product.resolve("configuration").toString());
		String howDirect = name + ", java -jar, JVM defaults";
		starts.add(new Start(howDirect, plain, false, prepared, false));
		starts.add(new Start(howDirect, plain, false, prepared, true));
	}

	private static Path launcher(Path product) throws IOException {
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + product));
		}
	}

	private interface Value {
		double of(Figures figures);
	}

	private static double median(List<Figures> all, Value value) {
		List<Double> values = new ArrayList<>();
		all.forEach(f -> values.add(value.of(f)));
		values.sort(Double::compare);
		return values.get(values.size() / 2);
	}

	/**
	 * One start on the workspace: figures from process start to the ready line, or null when the product wrote
	 * {@code timeout} instead (not ready within 60 s: e.g. the marker never came); then the product closes itself.
	 */
	private static Figures start(Start start, Path workspace, Path broken, String java)
			throws IOException, InterruptedException {
		String report = "-Dmentorship.studio.report=- -Dmentorship.studio.report.close=0";
		List<String> full = new ArrayList<>();
		if (start.script()) {
			full.addAll(start.command());
		} else {
			full.addAll(start.command().subList(0, start.command().size() - 4));
			full.addAll(List.of(report.split(" ")));
			full.addAll(start.command().subList(start.command().size() - 4, start.command().size()));
		}
		full.addAll(List.of("-data", workspace.toString()));
		if (start.withFile() && broken != null) {
			full.add(broken.toString());
		}
		ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("JAVA", java);
		builder.environment().put("STUDIO_VMARGS", report);
		long begin = System.nanoTime();
		Process process = builder.start();
		double ready = -1;
		double cpu = -1;
		double[] phases = new double[3];
		boolean timedOut = false;
		ThreadCpu threads = ThreadCpu.NONE;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				String[] parts = line.split(" ");
				if (ready < 0 && line.startsWith("ready ")) {
					ready = (System.nanoTime() - begin) / 1e6;
					cpu = parts.length >= 4 ? Double.parseDouble(parts[3]) : -1;
					threads = ThreadCpu.of(process);
				} else if (line.startsWith("phases ") && parts.length >= 7) {
					phases = new double[] { Double.parseDouble(parts[2]), Double.parseDouble(parts[4]),
							Double.parseDouble(parts[6]) };
				} else if (line.startsWith("timeout")) {
					System.err.println("studio: not ready within 60 s (" + start.label() + "): " + full);
					timedOut = true;
				}
			}
		}
		int code = process.waitFor();
		if (timedOut && code == 0) {
			if (!workspace.equals(start.prepared())) {
				delete(workspace.getParent());
			}
			return null;
		}
		if (code != 0 || ready < 0) {
			throw new IllegalStateException("exit " + code + ", ready " + ready + ": " + full);
		}
		if (!workspace.equals(start.prepared())) {
			delete(workspace.getParent());
		}
		return new Figures(ready, cpu, phases, threads);
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
