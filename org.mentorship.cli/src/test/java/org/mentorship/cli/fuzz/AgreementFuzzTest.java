package org.mentorship.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.mentorship.cli.check.AgreementChecker;
import org.mentorship.cli.check.AgreementChecker.CheckedFile;
import org.mentorship.cli.check.AgreementChecker.Source;
import org.mentorship.cli.check.Finding;
import org.mentorship.dsl.formatting2.FileFormatter;
import org.mentorship.dsl.ide.MentorIdeSetup;
import org.mentorship.dsl.validation.IssueCodes;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Injector;

/**
 * Coverage-guided fuzzing (Jazzer) of what {@code mentor validate}, {@code fix}, {@code format} and
 * {@code generate} run on a file: parse, link, validate, quick fixes, formatter and, for a file without
 * errors, both generators. A failure is an exception, a {@code mentor.internal} finding (a rule that
 * crashed), or an error Xtext logs (it swallows some exceptions).
 *
 * Plain test runs replay the seeds and every saved finding in
 * {@code src/test/resources/org/mentorship/cli/fuzz/AgreementFuzzTestInputs/agreements/}; the build's
 * {@code fuzz} execution (JAZZER_FUZZ=1) fuzzes for {@value #SHORT_RUN}. A long run, see docs/benchmarks.md.
 * Unlike the mutation FuzzTest of org.mentorship.dsl.tests, Jazzer learns from coverage which inputs reach
 * new code.
 */
class AgreementFuzzTest {

	static final String SHORT_RUN = "30s";

	private static final Injector INJECTOR = new MentorIdeSetup().createInjectorAndDoEMFRegistration();
	private static final AgreementChecker CHECKER = new AgreementChecker(INJECTOR, 1);
	private static final Path FILE = Path.of("fuzz", "input.mentor").toAbsolutePath();

	@FuzzTest(maxDuration = SHORT_RUN)
	void agreements(byte[] input) {
		String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
		if (text.isBlank() || text.length() > 20_000) {
			return; // empty files have their own finding; longer inputs only slow the fuzzer down
		}
		Errors errors = Errors.attach();
		try {
			Map<Path, CheckedFile> checked = CHECKER.checkSources(List.of(Source.of(FILE, text)));
			CheckedFile file = checked.get(FILE);
			List<Finding> internal = file.findings().stream().filter(f -> IssueCodes.INTERNAL.equals(f.code())).toList();
			assertEquals(List.of(), internal);
			if (file.resource() != null && !file.hasSyntaxErrors()) {
				INJECTOR.getInstance(FileFormatter.class).format(file.resource());
			}
			if (file.resource() != null && file.findings().stream().noneMatch(f -> f.level() == Finding.Level.ERROR)) {
				CHECKER.generator().generate(file.resource(), new InMemoryFileSystemAccess(), new GeneratorContext());
			}
		} finally {
			errors.detach();
		}
		assertEquals(List.of(), errors.seen, "logged errors");
	}

	/** What Xtext and our code log as errors while one input runs. */
	private static final class Errors extends AppenderSkeleton {
		final List<String> seen = new ArrayList<>();

		static Errors attach() {
			Errors errors = new Errors();
			Logger.getRootLogger().addAppender(errors);
			return errors;
		}

		void detach() {
			Logger.getRootLogger().removeAppender(this);
		}

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				seen.add(event.getRenderedMessage());
			}
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}
}
