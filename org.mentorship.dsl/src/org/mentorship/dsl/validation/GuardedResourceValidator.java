package org.mentorship.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.SeverityOverride;
import org.mentorship.dsl.mentor.SeverityLevel;

/**
 * Applies a programme's "severity <code> is <level>" lines to its own file and to every agreement
 * that names it. Done here, where every front end (CLI, language server, editor) gets its issues,
 * so a programme's choice holds everywhere. Syntax and linking errors cannot be changed.
 */
public class ProgrammeSeverities extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues;
		String phase = "linking";
		try {
			// linking first, on its own, so that a failure says which phase failed
			EcoreUtil2.resolveLazyCrossReferences(resource, indicator);
			phase = "validation";
			issues = super.validate(resource, mode, indicator);
		} catch (RuntimeException | StackOverflowError e) {
			if (InternalErrors.mustPropagate(e)) {
				throw e;
			}
			// one file's crash never hides the others' results: this file gets one finding that says so
			return List.of(internalError(InternalErrors.report(phase, resource.getURI(), e)));
		}
		Map<String, SeverityLevel> overrides = overrides(resource);
		if (overrides.isEmpty()) {
			return issues;
		}
		List<Issue> adjusted = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			SeverityLevel level = issue.isSyntaxError() ? null : overrides.get(issue.getCode());
			if (level == null) {
				adjusted.add(issue);
			} else if (level != SeverityLevel.IGNORE && issue instanceof Issue.IssueImpl) {
				((Issue.IssueImpl) issue).setSeverity(severity(level));
				adjusted.add(issue);
			} else if (level != SeverityLevel.IGNORE) {
				adjusted.add(issue);
			}
		}
		return adjusted;
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

	private static Map<String, SeverityLevel> overrides(Resource resource) {
		Map<String, SeverityLevel> overrides = new HashMap<>();
		programmeOf(resource).ifPresent(p -> p.getDefaults().stream().filter(SeverityOverride.class::isInstance)
				.map(SeverityOverride.class::cast).filter(o -> o.getCode() != null && !IssueCodes.isFixedSeverity(o.getCode()))
				.forEach(o -> overrides.put(o.getCode(), o.getLevel())));
		return overrides;
	}

	private static Optional<Programme> programmeOf(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MentorFile)) {
			return Optional.empty();
		}
		Object document = ((MentorFile) resource.getContents().get(0)).getDocument();
		if (document instanceof Programme) {
			return Optional.of((Programme) document);
		}
		if (document instanceof Agreement) {
			Programme programme = ((Agreement) document).getProgramme();
			return programme == null || programme.eIsProxy() ? Optional.empty() : Optional.of(programme);
		}
		return Optional.empty();
	}

	private static Severity severity(SeverityLevel level) {
		return switch (level) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
	}
}
