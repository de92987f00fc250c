package org.mentorship.dsl.ide.quickfix;

import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.validation.IssueCodes;

/** Fixes of CadenceValidator. */
class CadenceFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.MONTH_END, this::meetEveryMonth);
	}

	/**
	 * Monthly on day 29, 30 or 31 misses the months without that day. Preferred: the last day of each
	 * month, which keeps the meeting at the month's end; or day 28, which every month has.
	 */
	private void meetEveryMonth(FixContext context) {
		Optional<Schedule> schedule = context.at(Schedule.class);
		Optional<INode> day = schedule.flatMap(s -> FixContext.node(s, MentorPackage.Literals.SCHEDULE__DAY));
		Optional<INode> frequency = schedule.flatMap(s -> FixContext.node(s, MentorPackage.Literals.SCHEDULE__FREQUENCY));
		if (day.isPresent()) {
			context.offer("Meet on the last day of the month", context.replace(day.get(), "the last day"));
			context.offer("Meet on day 28", context.replace(day.get(), "day 28"));
		} else if (frequency.isPresent()) { // no day written: the term's start gave it
			context.offer("Meet on the last day of the month", context.replace(frequency.get(), "monthly on the last day"));
			context.offer("Meet on day 28", context.replace(frequency.get(), "monthly on day 28"));
		}
	}
}
