package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorship.cli.check.AgreementChecker;
import org.mentorship.cli.check.Finding;
import org.mentorship.dsl.ide.MentorIdeSetup;
import org.mentorship.dsl.linking.MentorLinkingService;

/**
 * Issue 16: an agreement with thousands of references to an unknown party took seconds to check: linking
 * looked every one up in all scopes, and the quick fix of each searched all references of its element.
 * Now one look-up per unknown name, and quick fixes in time linear in the number of findings.
 */
class ManyUnknownReferencesTest {

	static final int REFERENCES = 3_600;

	@TempDir
	Path dir;

	@Test
	void thousandsOfUnknownReferencesAreCheckedQuickly() throws IOException {
		String text = ValidateCommandTest.VALID + "\nescalation\n  first " + String.join(", ", Collections.nCopies(REFERENCES,
				"nobody")) + " \"talk it through\"\n";
		Path file = TestFiles.write(dir, "many.mentor", text);
		AgreementChecker checker = new AgreementChecker(new MentorIdeSetup().createInjectorAndDoEMFRegistration());
		checker.check(List.of(TestFiles.write(dir, "warm-up.mentor", ValidateCommandTest.VALID))); // class loading, JIT

		long lookUps = MentorLinkingService.lookUps();
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		List<Finding> findings = checker.check(List.of(file)).get(file);
		long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
		long lookUpsMade = MentorLinkingService.lookUps() - lookUps;

		List<Finding> unknown = findings.stream().filter(f -> "mentor.unresolved-reference".equals(f.code())).toList();
		assertEquals(REFERENCES, unknown.size());
		// issue 12: declaring a new party is never applied by mentor fix, and no party is close to 'nobody'
		assertTrue(unknown.stream().noneMatch(Finding::fixable), "declaring a party is an editor's choice only");
		assertTrue(lookUpsMade < 50, "scope look-ups: " + lookUpsMade);
		// linear: about 0.5 s on a quiet machine; quadratic (before) took well over 10 s of CPU
		assertTrue(cpuMillis < 5_000, "CPU ms: " + cpuMillis);
	}
}
