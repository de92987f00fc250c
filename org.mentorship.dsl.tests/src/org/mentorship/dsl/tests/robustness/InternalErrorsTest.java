package org.mentorship.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.validation.RuleFixture;
import org.mentorship.dsl.validation.ComposedValidator;
import org.mentorship.dsl.validation.InternalErrors;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Issue 16: a rule that throws becomes one finding on its object; the other rules still report. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class InternalErrorsTest {

	/** A validator with one broken rule and one that works, run on every goal. */
	public static class BrokenRule extends ComposedValidator {
		@Check
		public void broken(Goal goal) {
			throw new IndexOutOfBoundsException("index 9 out of bounds for\n" + "the whole document text");
		}

		@Check
		public void working(Goal goal) {
			warning("still checked", goal, null, "test.working");
		}
	}

	@Inject
	private ParseHelper<MentorFile> parser;
	@Inject
	private Injector injector;

	@Test
	void aThrowingRuleIsAFindingAndTheOthersStillRun() throws Exception {
		MentorFile file = parser.parse(RuleFixture.BASE);
		Goal goal = (Goal) file.eAllContents().next().eContents().stream().filter(Goal.class::isInstance).findFirst()
				.orElseThrow();
		BasicDiagnostic chain = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, CheckMode.ALL);
		ErrorLog log = ErrorLog.attach();
		try {
			injector.getInstance(BrokenRule.class).validate(goal.eClass(), goal, chain, context);
		} finally {
			log.detach();
		}
		List<Diagnostic> found = chain.getChildren();
		assertEquals(2, found.size(), found::toString);
		FeatureBasedDiagnostic internal = (FeatureBasedDiagnostic) found.stream()
				.filter(d -> d.getSeverity() == Diagnostic.ERROR).findFirst().orElseThrow();
		assertEquals(IssueCodes.INTERNAL, internal.getIssueCode());
		assertEquals("internal error in BrokenRule.broken: IndexOutOfBoundsException: index 9 out of bounds for;"
				+ " please report it", internal.getMessage());
		assertTrue(found.stream().anyMatch(d -> d.getMessage().equals("still checked")));
		// the trace is logged (for a bug report) without the text of the document
		assertTrue(log.first().orElse("").contains("internal error in BrokenRule.broken"), log.first()::toString);
		assertFalse(log.first().orElse("").contains("whole document"));
	}

	@Test
	void longMessagesAreCutAndCancellationTravelsOn() {
		String detail = InternalErrors.describe(new IllegalStateException("x".repeat(500)));
		assertTrue(detail.length() < 160, detail);
		assertTrue(InternalErrors.mustPropagate(new java.util.concurrent.CancellationException()));
		assertFalse(InternalErrors.mustPropagate(new IllegalStateException()));
	}
}
