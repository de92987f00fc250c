package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

import org.mentorship.dsl.ide.contentassist.Skeletons;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/** Fixes of GoalValidator: the missing clause goes after the goal's last clause. */
class GoalFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.GOAL_NO_MILESTONE, this::addMilestone);
		table.put(IssueCodes.GOAL_NO_EVIDENCE, context -> context.at(Goal.class).ifPresent(goal -> context
				.offer("Add evidence the mentee will share", context.insertAfterLast(goal, Skeletons.evidence()))));
		table.put(IssueCodes.GOAL_NOT_MEASURABLE, context -> context.at(Goal.class).ifPresent(goal -> context
				.offer("Add a success criterion you can count", context.insertAfterLast(goal, Skeletons.success()))));
	}

	/** Due on the suggested date; without one (the agreement has no start) there is no clear fix. */
	private void addMilestone(FixContext context) {
		String due = context.data(IssueData.SuggestedDate::decode).date();
		context.at(Goal.class).filter(g -> !due.isEmpty()).ifPresent(goal -> context
				.offer("Add a milestone due " + due, context.insertAfterLast(goal, Skeletons.milestone(due))));
	}
}
