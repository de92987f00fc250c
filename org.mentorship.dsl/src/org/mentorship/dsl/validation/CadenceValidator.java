package org.mentorship.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.DayOfMonth;
import org.mentorship.dsl.mentor.EveryWeekday;
import org.mentorship.dsl.mentor.Frequency;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.NthWeekday;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.TimeCommitment;
import org.mentorship.dsl.mentor.TimeUnit;

/** The day of a schedule must fit its frequency, and time is committed per week or per month. */
public class CadenceValidator extends ComposedValidator {

	@Check
	public void dayFitsFrequency(Schedule schedule) {
		boolean weekly = schedule.getFrequency() != Frequency.MONTHLY;
		if (weekly && (schedule.getDay() instanceof NthWeekday || schedule.getDay() instanceof DayOfMonth)) {
			warning(schedule.getFrequency().getLiteral() + " meetings fall on a day of the week: write, e.g., "
					+ schedule.getFrequency().getLiteral() + " on Tuesday, or meet monthly.", schedule,
					MentorPackage.Literals.SCHEDULE__DAY, IssueCodes.CADENCE_DAY_MISMATCH);
		} else if (!weekly && schedule.getDay() instanceof EveryWeekday) {
			String day = ((EveryWeekday) schedule.getDay()).getWeekday().getLiteral();
			warning("A month has several " + day + "s: say which one, e.g. monthly on the first " + day + ".", schedule,
					MentorPackage.Literals.SCHEDULE__DAY, IssueCodes.CADENCE_DAY_MISMATCH);
		}
	}

	@Check
	public void commitmentPeriod(TimeCommitment commitment) {
		if (commitment.getPer() != TimeUnit.WEEKS && commitment.getPer() != TimeUnit.MONTHS) {
			warning("Say the time per week or per month, e.g. 3 hours per month.", commitment,
					MentorPackage.Literals.TIME_COMMITMENT__PER, IssueCodes.COMMITMENT_PERIOD);
		}
	}
}
