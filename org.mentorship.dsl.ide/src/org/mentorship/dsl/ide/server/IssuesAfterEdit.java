package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.values.LinePositions;
import org.mentorship.dsl.values.TextDifference;

/**
 * Findings of one version of a text, moved to where they are in the next version. While the user types, the
 * findings of the checks that run after a pause ({@link PausedChecks}) are those of an earlier version: they
 * stay shown, moved with the text around them, rather than disappear at every keystroke and come back after
 * the pause. A finding the edit touches at its start or end (a jargon word replaced by its quick fix, a word
 * typed onto its end) is dropped, as it may no longer hold; one with the edit strictly inside it (typing
 * inside a long sentence) stretches with it. The pause then brings the findings of the new text.
 */
final class IssuesAfterEdit {

	private IssuesAfterEdit() {
	}

	/** The findings of {@code before} as they are in {@code after}; those the edit touched are left out. */
	static List<Issue> moved(List<Issue> issues, String before, String after) {
		if (issues.isEmpty() || before.equals(after)) {
			return issues;
		}
		TextDifference edit = TextDifference.between(before, after);
		LinePositions lines = LinePositions.of(after);
		List<Issue> moved = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			Integer offset = issue.getOffset();
			Integer length = issue.getLength();
			if (offset == null || length == null) {
				continue; // not placed in the text: nothing to say where it is now
			}
			int end = offset + length;
			if (end < edit.start()) {
				moved.add(issue); // before the edit: same offsets, same lines
			} else if (offset > edit.oldEnd()) {
				moved.add(placed(issue, offset + edit.shift(), length, lines));
			} else if (offset < edit.start() && end > edit.oldEnd()) {
				moved.add(placed(issue, offset, length + edit.shift(), lines));
			}
		}
		return moved;
	}

	private static Issue placed(Issue issue, int offset, int length, LinePositions lines) {
		Issue.IssueImpl copy = new Issue.IssueImpl();
		copy.setCode(issue.getCode());
		copy.setData(issue.getData());
		copy.setMessage(issue.getMessage());
		copy.setSeverity(issue.getSeverity());
		copy.setType(issue.getType());
		copy.setSyntaxError(issue.isSyntaxError());
		copy.setUriToProblem(issue.getUriToProblem());
		copy.setOffset(offset);
		copy.setLength(length);
		copy.setLineNumber(lines.line(offset));
		copy.setColumn(lines.column(offset));
		copy.setLineNumberEnd(lines.line(offset + length));
		copy.setColumnEnd(lines.column(offset + length));
		return copy;
	}
}
