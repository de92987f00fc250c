package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

import org.mentorship.dsl.ide.contentassist.Skeletons;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/** Fixes of RhythmValidator: check-ins and retrospectives. */
class RhythmFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.NO_MID_COURSE_CHECK_IN, this::addMidCourseCheckIn);
		table.put(IssueCodes.NO_RETROSPECTIVE, this::addRetrospective);
		table.put(IssueCodes.RETROSPECTIVE_INTERVAL, this::everyThreeMonths);
	}

	/** On the middle date of the term, which the issue carries. */
	private void addMidCourseCheckIn(FixContext context) {
		String date = context.data(IssueData.SuggestedDate::decode).date();
		if (!date.isEmpty()) {
			context.offer("Add a mid-course check-in on " + date,
					context.appendSection(Skeletons.checkIn(date)));
		}
	}

	private void addRetrospective(FixContext context) {
		String date = context.data(IssueData.SuggestedDate::decode).date();
		if (!date.isEmpty()) {
			context.offer("Add a retrospective every 3 months from " + date, context.appendSection(Skeletons.retrospective(date)));
		}
	}

	/** Only for "every N ..." that is too short or too long; dated retrospectives far apart have no clear fix. */
	private void everyThreeMonths(FixContext context) {
		int start = context.start();
		context.at(Retrospective.class).filter(r -> r.getEvery() != null)
				.flatMap(r -> FixContext.node(r, MentorPackage.Literals.RETROSPECTIVE__EVERY))
				.filter(every -> FixContext.tokenStart(every) <= start && start < FixContext.tokenEnd(every))
				.ifPresent(every -> context.offer("Hold retrospectives every 3 months", context.replace(every, "3 months")));
	}
}
