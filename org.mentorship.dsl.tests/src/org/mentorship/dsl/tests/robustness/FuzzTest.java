package org.mentorship.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.GeneratorDelegate;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.formatting2.FileFormatter;
import org.mentorship.dsl.services.MentorGrammarAccess;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Feeds mutated examples through parser, linker, validator, formatter and, when they have no errors,
 * both generators (summary and calendar): nothing may throw or log
 * an error, and no input may take 2 s of CPU. Every input that ever failed is kept in fuzz/regressions/
 * and replayed first. The normal test run tries {@value #DEFAULT_ITERATIONS} mutants (about half a
 * minute); a long run: see docs/benchmarks.md ("Fuzzing").
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class FuzzTest {

	static final int DEFAULT_ITERATIONS = 400;
	static final long LIMIT_NANOS = 2_000_000_000L;

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;
	@Inject
	private FileFormatter formatter;
	@Inject
	private MentorGrammarAccess grammar;
	@Inject
	private GeneratorDelegate generator;

	@Test
	void mutatedAgreementsNeverBreakTheToolchain() throws IOException {
		Path examples = Path.of(System.getProperty("mentor.examples", "../examples"));
		String programme = Files.readString(examples.resolve("programme-women-in-tech.mentor"));
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".mentor")).sorted().toList()) {
				seeds.add(Files.readString(file));
			}
		}
		List<String> failures = new ArrayList<>();
		for (String regression : regressions()) {
			run(regression, programme).ifPresent(failures::add);
		}
		long seed = Long.getLong("mentor.fuzz.seed", 20261125L);
		int iterations = Integer.getInteger("mentor.fuzz.iterations", DEFAULT_ITERATIONS);
		Mutator mutator = new Mutator(seed, new ArrayList<>(GrammarUtil.getAllKeywords(grammar.getGrammar())));
		for (int i = 0; i < iterations && failures.size() < 5; i++) {
			String input = mutator.mutate(seeds.get(i % seeds.size()));
			run(input, programme).ifPresent(problem -> failures.add(save(input, problem)));
		}
		assertEquals(List.of(), failures, "seed " + seed);
	}

	/** Runs one input through the toolchain; the problem, if any. */
	private java.util.Optional<String> run(String input, String programme) {
		ErrorLog log = ErrorLog.attach();
		// CPU time of this thread, not wall time: the machines are shared, and a busy neighbour must not fail the test
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		try {
			XtextResourceSet set = resourceSets.get();
			load(set, "programme.mentor", programme);
			XtextResource resource = load(set, "input.mentor", input);
			EcoreUtil.resolveAll(resource);
			boolean errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.anyMatch(i -> i.getSeverity() == Severity.ERROR);
			if (resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors()) {
				formatter.format(resource);
			}
			if (!errors) {
				// what mentor generate and the language server do with a file without errors
				generator.generate(resource, new InMemoryFileSystemAccess(), new GeneratorContext());
			}
		} catch (Throwable e) {
			return java.util.Optional.of(e.toString());
		} finally {
			log.detach();
		}
		long took = threads.getCurrentThreadCpuTime() - start;
		if (took > LIMIT_NANOS) {
			return java.util.Optional.of("took " + took / 1_000_000 + " ms of CPU");
		}
		return log.first();
	}

	private static XtextResource load(XtextResourceSet set, String name, String text) throws IOException {
		return TextResources.load(set, URI.createFileURI("/fuzz/" + name), text);
	}

	private static List<String> regressions() throws IOException {
		Path dir = Path.of(System.getProperty("mentor.fuzz.regressions", "fuzz/regressions"));
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		List<String> inputs = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".mentor")).sorted().toList()) {
				inputs.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return inputs;
	}

	/** Keeps a failing input for the developer to add to fuzz/regressions/. */
	private static String save(String input, String problem) {
		try {
			Path dir = Files.createDirectories(Path.of(System.getProperty("mentor.fuzz.failures", "target/fuzz-failures")));
			Path file = dir.resolve(Integer.toHexString(input.hashCode()) + ".mentor");
			Files.writeString(file, input, StandardCharsets.UTF_8);
			return problem + " (input saved in " + file.toAbsolutePath() + ")";
		} catch (IOException e) {
			return problem + " (input could not be saved: " + e + ")";
		}
	}

}
