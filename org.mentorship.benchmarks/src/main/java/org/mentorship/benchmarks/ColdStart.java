package org.mentorship.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `mentor validate` on one example as a fresh process, against a bare start of the same jar (an
 * empty main), with and without the class-data archive that the `mentor` launcher creates.
 */
final class ColdStart {

	private ColdStart() {
	}

	static void run(Path jar, int runs) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String emptyMain = jar + File.pathSeparator + Path.of(ColdStart.class.getProtectionDomain().getCodeSource()
				.getLocation().getPath());
		Path example = Files.createTempFile("minimal", ".mentor");
		Files.writeString(example, SyntheticAgreements.agreement("cold", 60, 1));
		Path archive = Files.createTempFile("mentor", ".jsa");
		Files.delete(archive);
		// the archive the launcher creates: a training run lists the classes it loads, a second JVM dumps them (a static
		// archive: Java 17's dynamic one cannot hold EMF's Java 5 classes and what extends them, see the `mentor` script)
		Path classes = Files.createTempFile("mentor", ".classes");
		exec(List.of(java, "-XX:DumpLoadedClassList=" + classes, "-jar", jar.toString(), "validate", example.toString()));
		exec(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive,
				"-Xlog:cds=off", "-cp", jar.toString()));
		Files.deleteIfExists(classes);

		System.out.println("## Cold start of `mentor validate` on one agreement (median ms of " + runs + " runs)");
		System.out.println();
		System.out.println("| command | ms | vs bare JVM start |");
		System.out.println("|---|---:|---:|");
		double bare = time(runs, List.of(java, "-cp", emptyMain, EmptyMain.class.getName()));
		row("bare JVM start of the same jar (empty main)", bare, bare);
		row("mentor validate", time(runs, List.of(java, "-jar", jar.toString(), "validate", example.toString())), bare);
		row("mentor validate, class-data archive", time(runs, List.of(java, "-XX:SharedArchiveFile=" + archive,
				"-jar", jar.toString(), "validate", example.toString())), bare);
		row("mentor validate, class-data archive + C1 only", time(runs, List.of(java, "-XX:SharedArchiveFile=" + archive,
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "validate", example.toString())), bare);
		row("mentor validate, archive + C1 only + serial GC + 768 MB heap (what `./mentor validate` runs)",
				time(runs, List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
						"-Xmx768m", "-jar", jar.toString(), "validate", example.toString())), bare);
		System.out.println();
		Files.deleteIfExists(archive);
		Files.deleteIfExists(example);
	}

	private static void row(String what, double ms, double bare) {
		System.out.printf(Locale.ROOT, "| %s | %.0f | %.1fx |%n", what, ms, ms / bare);
	}

	private static double time(int runs, List<String> command) throws IOException, InterruptedException {
		exec(command); // file cache warm
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			exec(command);
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(Double::compare);
		return times.get(runs / 2);
	}

	private static void exec(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		int code = process.waitFor();
		if (code != 0) {
			throw new IllegalStateException("exit " + code + ": " + command);
		}
	}
}
