package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Skip;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.mentor.DayOfMonth;
import org.mentorship.dsl.mentor.EveryWeekday;
import org.mentorship.dsl.mentor.Frequency;
import org.mentorship.dsl.mentor.LastDayOfMonth;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.NthWeekday;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.TimeCommitment;
import org.mentorship.dsl.mentor.TimeUnit;

/** The day of a schedule fits its frequency, skipped dates are meeting days, time is committed per week or month. */
public class CadenceValidator extends ComposedValidator {

	@Check
	public void dayFitsFrequency(Schedule schedule) {
		boolean weekly = schedule.getFrequency() != Frequency.MONTHLY;
		if (weekly && (schedule.getDay() instanceof NthWeekday || schedule.getDay() instanceof DayOfMonth
				|| schedule.getDay() instanceof LastDayOfMonth)) {
			warning(schedule.getFrequency().getLiteral() + " meetings fall on a day of the week: write, e.g., "
					+ schedule.getFrequency().getLiteral() + " on Tuesday, or meet monthly.", schedule,
					MentorPackage.Literals.SCHEDULE__DAY, IssueCodes.CADENCE_DAY_MISMATCH);
		} else if (!weekly && schedule.getDay() instanceof EveryWeekday) {
			String day = ((EveryWeekday) schedule.getDay()).getWeekday().getLiteral();
			warning("A month has several " + day + "s: say which one, e.g. monthly on the first " + day + ".", schedule,
					MentorPackage.Literals.SCHEDULE__DAY, IssueCodes.CADENCE_DAY_MISMATCH);
		}
	}

	/**
	 * Monthly on day 29, 30 or 31 (written, or the start date's day when no day is given) meets in no
	 * month without that day: iCalendar (BYMONTHDAY) and MeetingSeries leave those months out, silently.
	 * Said when a month of the term is one of them. Data: the day.
	 */
	@Check
	public void monthEnd(Schedule schedule) {
		if (schedule.getFrequency() != Frequency.MONTHLY || schedule.getDay() != null && !(schedule.getDay() instanceof DayOfMonth)) {
			return;
		}
		Optional<Agreement> agreement = Agreements.of(schedule);
		Optional<LocalDate> start = agreement.flatMap(Agreements::start);
		Optional<LocalDate> end = agreement.flatMap(Agreements::end);
		if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
			return;
		}
		int day = schedule.getDay() instanceof DayOfMonth d ? d.getDay() : start.get().getDayOfMonth();
		List<String> missing = new ArrayList<>();
		for (YearMonth month = YearMonth.from(start.get()); !month.isAfter(YearMonth.from(end.get())); month = month.plusMonths(1)) {
			String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			if (day <= 31 && month.lengthOfMonth() < day && !missing.contains(name)) {
				missing.add(name);
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		String months = missing.size() == 1 ? missing.get(0)
				: String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
		String why = months + (missing.size() == 1 ? " has" : " have") + " no day " + day + ", so there is no meeting in "
				+ (missing.size() == 1 ? "that month" : "those months") + ": meet on the last day of the month, or on day 28.";
		warning(schedule.getDay() == null ? "Monthly meetings fall on day " + day + ", the day the term starts; " + why
				: why.substring(0, 1).toUpperCase(Locale.ROOT) + why.substring(1),
				schedule, schedule.getDay() != null ? MentorPackage.Literals.SCHEDULE__DAY : MentorPackage.Literals.SCHEDULE__FREQUENCY,
				IssueCodes.MONTH_END, Integer.toString(day));
	}

	/** A skipped date that is no meeting day skips nothing: most likely the wrong date was written. */
	@Check
	public void skipIsAMeetingDay(Cadence cadence) {
		Optional<Schedule> schedule = Defaults.schedule(cadence);
		Optional<Agreement> agreement = Agreements.of(cadence);
		Optional<LocalDate> start = agreement.flatMap(Agreements::start);
		Optional<LocalDate> end = agreement.flatMap(Agreements::end);
		if (schedule.isEmpty() || start.isEmpty() || end.isEmpty()) {
			return;
		}
		Set<LocalDate> meetings = Set.copyOf(MeetingSeries.dates(schedule.get(), start.get(), end.get(), Set.of()));
		for (Skip skip : cadence.getSkips()) {
			for (int i = 0; i < skip.getDates().size(); i++) {
				Optional<LocalDate> date = Dates.parse(skip.getDates().get(i));
				if (date.isPresent() && !meetings.contains(date.get())) {
					warning(date.get() + " is not a meeting day of this cadence, so skipping it changes nothing: check the"
							+ " date.", skip, MentorPackage.Literals.SKIP__DATES, i, IssueCodes.SKIP_NOT_A_MEETING);
				}
			}
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
