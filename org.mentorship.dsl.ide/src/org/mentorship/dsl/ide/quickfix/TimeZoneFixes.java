package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/** Fixes of TimeZoneValidator. */
class TimeZoneFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		// a meeting of a series at a time that does not exist, or exists twice, on a clock-change day: skip that day
		table.put(IssueCodes.DST_GAP, this::skipTheMeeting);
		table.put(IssueCodes.DST_OVERLAP, this::skipTheMeeting);
		table.put(IssueCodes.UNKNOWN_TIME_ZONE, this::closestTimeZone);
	}

	private void skipTheMeeting(FixContext context) {
		String date = context.data(IssueData.SuggestedDate::decode).date();
		context.at(Schedule.class).filter(s -> !date.isEmpty()).ifPresent(schedule -> context
				.offer("Skip the meeting on " + date, context.insertAfterLast(schedule, "skip " + date)));
	}

	/** On the time zone text; without a close known zone there is no clear fix. */
	private void closestTimeZone(FixContext context) {
		String zone = context.data(IssueData.ClosestZone::decode).zone();
		context.mentorDocument().filter(d -> !zone.isEmpty())
				.flatMap(d -> FixContext.node(d, MentorPackage.Literals.DOCUMENT__TIME_ZONE))
				.ifPresent(node -> context.offer("Use the time zone \"" + zone + "\"", context.replace(node, "\"" + zone + "\"")));
	}
}
