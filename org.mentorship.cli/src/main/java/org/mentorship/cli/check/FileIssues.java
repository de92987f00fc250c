package org.mentorship.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.cli.check.AgreementChecker.CheckedIssue;
import org.mentorship.dsl.ide.quickfix.IssueFixes;
import org.mentorship.dsl.ide.quickfix.IssueFixes.Fix;
import org.mentorship.dsl.validation.InternalErrors;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Injector;

/**
 * The issues of one linked file, each with its quick fixes: every rule (CheckMode.ALL, whatever an editor runs
 * per keystroke), the same for every way the command line checks files.
 */
final class FileIssues {

	private final IResourceValidator validator;
	/** Created for the first finding: a run without findings never loads the quick fixes. */
	private final Supplier<IssueFixes> fixes;

	FileIssues(Injector injector) {
		this.validator = injector.getInstance(IResourceValidator.class);
		this.fixes = Suppliers.memoize(() -> injector.getInstance(IssueFixes.class));
	}

	List<CheckedIssue> of(Path file, XtextResource resource) {
		List<CheckedIssue> issues = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			List<Fix> issueFixes = fixesOf(resource, issue);
			issues.add(new CheckedIssue(issue, Finding.of(file, issue, !issueFixes.isEmpty()), issueFixes));
		}
		return issues;
	}

	/** A fix that fails (a bug of ours) counts as no fix: checking goes on; the trace goes to the log. */
	private List<Fix> fixesOf(XtextResource resource, Issue issue) {
		try {
			return fixes.get().fixes(resource, issue);
		} catch (RuntimeException | StackOverflowError e) {
			InternalErrors.report("quick fixes of " + issue.getCode(), resource.getURI(), e);
			return List.of();
		}
	}
}
