package org.mentorship.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;

import org.mentorship.dsl.ide.contentassist.Skeletons;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/**
 * Fixes of RequiredPartsValidator: each missing part becomes a new section at the end of the file,
 * with text the parties replace with their own words. No fix adds a mentor or a mentee: it would have
 * to invent a person, a name and an e-mail address (issue 12); the error says what is missing.
 */
class RequiredPartsFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.MISSING_PURPOSE, context -> context.offer("Add a purpose", context.appendSection(Skeletons.PURPOSE)));
		table.put(IssueCodes.MISSING_GOAL, this::addGoal);
		table.put(IssueCodes.MISSING_CADENCE,
				context -> context.offer("Add a cadence: biweekly for 60 minutes", context.appendSection(Skeletons.DEFAULT_CADENCE)));
		table.put(IssueCodes.MISSING_BOUNDARIES, context -> context.offer("Add boundaries: reply within 2 working days",
				context.appendSection(Skeletons.boundaries())));
		table.put(IssueCodes.MISSING_SIGN_OFF, this::addSignOff);
		table.put(IssueCodes.MISSING_REVIEW, this::addReview);
	}

	/** A goal skeleton; with a milestone when the issue suggests its due date (the agreement has a start). */
	private void addGoal(FixContext context) {
		String due = context.data(IssueData.SuggestedDate::decode).date();
		context.offer("Add a goal", context.appendSection(Skeletons.goal("main-goal", due)));
	}

	/** A sign-off with a line "to sign" for the mentor and the mentee that are declared. */
	private void addSignOff(FixContext context) {
		List<String> parties = context.data(IssueData.Signers::decode).names().stream().filter(name -> !name.isEmpty()).toList();
		context.offer("Add a sign-off", context.appendSection(Skeletons.signOff(parties)));
	}

	private void addReview(FixContext context) {
		String date = context.data(IssueData.SuggestedDate::decode).date();
		if (!date.isEmpty()) {
			context.offer("Add a review on " + date, context.appendSection(Skeletons.review(date)));
		}
	}
}
