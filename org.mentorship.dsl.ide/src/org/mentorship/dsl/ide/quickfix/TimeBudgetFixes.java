package org.mentorship.dsl.ide.quickfix;

import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/** Fixes of TimeBudgetValidator. */
class TimeBudgetFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.TIME_BUDGET_EXCEEDED, this::fitTheTimeBudget);
	}

	/**
	 * On the cadence's frequency: a lower frequency that fits, then a session length that fits (where
	 * the issue found one). Meeting less often is preferred: it keeps the sessions long enough to go deep.
	 */
	private void fitTheTimeBudget(FixContext context) {
		Optional<Schedule> schedule = context.at(Schedule.class);
		if (schedule.isEmpty()) {
			return;
		}
		IssueData.TimeBudget budget = context.data(IssueData.TimeBudget::decode);
		String frequency = budget.lowerFrequency();
		Optional<INode> frequencyNode = FixContext.node(schedule.get(), MentorPackage.Literals.SCHEDULE__FREQUENCY);
		if (!frequency.isEmpty() && frequencyNode.isPresent()) {
			context.offer("Meet " + frequency + " instead", context.replace(frequencyNode.get(), frequency));
		}
		String minutes = budget.minutes();
		Optional<INode> durationNode = FixContext.node(schedule.get(), MentorPackage.Literals.SCHEDULE__DURATION);
		if (!minutes.isEmpty() && durationNode.isPresent()) {
			context.offer("Shorten sessions to " + minutes + " minutes",
					context.replace(durationNode.get(), minutes + " minutes"));
		}
	}
}
