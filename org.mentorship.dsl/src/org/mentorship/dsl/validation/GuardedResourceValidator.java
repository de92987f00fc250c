package org.mentorship.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a file so that a bug of ours in linking or validation becomes one finding on that file
 * ("internal error in linking: ..."), not a failure of the whole run. Done here, where every front end
 * (CLI, language server, editor) gets its issues; so is the choice of what a syntax error hides
 * ({@link AfterSyntaxErrors}). The severities of the findings are decided as they
 * are reported (see {@link ConfiguredSeverityValidator}).
 */
public class GuardedResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues;
		String phase = "linking";
		try {
			// linking first, on its own, so that a failure says which phase failed
			EcoreUtil2.resolveLazyCrossReferences(resource, indicator);
			phase = "validation";
			issues = AfterSyntaxErrors.keep(resource, super.validate(resource, mode, indicator));
		} catch (RuntimeException | StackOverflowError e) {
			if (InternalErrors.mustPropagate(e)) {
				throw e;
			}
			// one file's crash never hides the others' results: this file gets one finding that says so
			return List.of(internalError(InternalErrors.report(phase, resource.getURI(), e)));
		}
		return issues;
	}

	/**
	 * Nothing: {@link #validate} linked the file just before (Xtext's validator walks the whole file once more to
	 * link it, a thirtieth of a 10,000-line file's pipeline).
	 */
	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		// linked by validate, on its own so that a failure there says "linking"
	}

	/** An error at the start of the file (where it is found without the node model that may be broken). */
	static Issue internalError(String message) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setMessage(message);
		issue.setCode(IssueCodes.INTERNAL);
		issue.setSeverity(Severity.ERROR);
		issue.setType(CheckType.FAST);
		issue.setOffset(0);
		issue.setLength(0);
		issue.setLineNumber(1);
		issue.setColumn(1);
		issue.setLineNumberEnd(1);
		issue.setColumnEnd(1);
		return issue;
	}
}
