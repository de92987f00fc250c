package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/**
 * Fixes of RequiredPartsValidator: each missing part becomes a new section at the end of the file,
 * with text the parties replace with their own words. No fix adds a mentor or a mentee: it would have
 * to invent a person, a name and an e-mail address (issue 12); the error says what is missing.
 */
class RequiredPartsFixes implements FixTheme {

	static final String PURPOSE = "purpose \"What both of you want to achieve, and why it matters.\"";
	static final String CADENCE = "cadence\n" + FixContext.INDENT + "biweekly on Tuesday at 10:00 for 60 minutes by video";
	static final String RESPONSE_TIME = "reply within 2 working days on \"e-mail\"";

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.MISSING_PURPOSE, context -> context.offer("Add a purpose", context.appendSection(PURPOSE)));
		table.put(IssueCodes.MISSING_GOAL, this::addGoal);
		table.put(IssueCodes.MISSING_CADENCE,
				context -> context.offer("Add a cadence: biweekly for 60 minutes", context.appendSection(CADENCE)));
		table.put(IssueCodes.MISSING_BOUNDARIES, context -> context.offer("Add boundaries: reply within 2 working days",
				context.appendSection("boundaries\n" + FixContext.INDENT + RESPONSE_TIME)));
		table.put(IssueCodes.MISSING_SIGN_OFF, this::addSignOff);
		table.put(IssueCodes.MISSING_REVIEW, this::addReview);
	}

	/** A goal skeleton; with a milestone when the issue suggests its due date (the agreement has a start). */
	private void addGoal(FixContext context) {
		String due = context.data(IssueData.SuggestedDate::decode).date();
		StringBuilder goal = new StringBuilder("goal main-goal \"What the mentee will be able to do\"");
		if (!due.isEmpty()) {
			goal.append("\n").append(FixContext.INDENT).append(GoalFixes.MILESTONE).append(due);
		}
		goal.append("\n").append(FixContext.INDENT).append(GoalFixes.EVIDENCE);
		goal.append("\n").append(FixContext.INDENT).append(GoalFixes.SUCCESS);
		context.offer("Add a goal", context.appendSection(goal.toString()));
	}

	/** A sign-off with a line "to sign" for the mentor and the mentee that are declared. */
	private void addSignOff(FixContext context) {
		StringBuilder signOff = new StringBuilder("sign-off");
		for (String name : context.data(IssueData.Signers::decode).names()) {
			if (!name.isEmpty()) {
				signOff.append("\n").append(FixContext.INDENT).append(name).append(" to sign");
			}
		}
		context.offer("Add a sign-off", context.appendSection(signOff.toString()));
	}

	private void addReview(FixContext context) {
		String date = context.data(IssueData.SuggestedDate::decode).date();
		if (!date.isEmpty()) {
			context.offer("Add a review on " + date, context.appendSection("review on " + date));
		}
	}
}
