package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.Document;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Spelling;
import org.mentorship.dsl.values.ZoneAbbreviations;

/**
 * Calendars place meetings by time zone: the zone must be a real IANA zone, and a meeting time must
 * exist exactly once on its day (not inside the hour skipped or repeated when clocks change).
 */
public class TimeZoneValidator extends ComposedValidator {

	@Check
	public void knownZone(Document document) {
		String id = document.getTimeZone();
		if (id == null || Agreements.zone(id).isPresent()) {
			return;
		}
		Optional<ZoneId> offset = offset(id);
		if (offset.isPresent()) {
			error("\"" + id + "\" is a fixed offset from UTC, not a time zone: it does not follow summer time, and"
					+ " calendars cannot place it. Use the name of a place in the zone, such as \"Europe/Berlin\" or"
					+ " \"Asia/Kolkata\".", document, MentorPackage.Literals.DOCUMENT__TIME_ZONE,
					IssueCodes.UNKNOWN_TIME_ZONE, new IssueData.ClosestZone("").encode());
			return;
		}
		String closest = closestZone(id);
		error("\"" + id + "\" is not a time zone: use a name from the IANA time zone database such as \"Europe/Berlin\""
				+ " or \"America/New_York\"" + (closest.isEmpty() ? "." : "; did you mean \"" + closest + "\"?"), document,
				MentorPackage.Literals.DOCUMENT__TIME_ZONE, IssueCodes.UNKNOWN_TIME_ZONE, new IssueData.ClosestZone(closest).encode());
	}

	@Check
	public void cadenceTimeExists(Cadence cadence) {
		if (allIgnored(IssueCodes.DST_GAP, IssueCodes.DST_OVERLAP)) {
			return;
		}
		Schedule own = cadence.getSchedule();
		Optional<Agreement> agreement = Agreements.of(cadence);
		if (own == null || agreement.isEmpty() || !Defaults.resolved(cadence)) {
			return; // with an unresolved "like", its default's skips are unknown
		}
		Agreement a = agreement.get();
		Optional<ZoneId> zone = Agreements.zone(a);
		Optional<LocalDate> start = Agreements.start(a);
		Optional<LocalDate> end = Agreements.end(a);
		Optional<LocalTime> time = MeetingSeries.time(own);
		if (zone.isEmpty() || start.isEmpty() || end.isEmpty() || time.isEmpty()) {
			return;
		}
		for (LocalDate date : MeetingSeries.dates(own, start.get(), end.get(), MeetingSeries.skips(cadence))) {
			if (report(own, MentorPackage.Literals.SCHEDULE__TIME, date, time.get(), zone.get())) {
				return; // one finding per series is enough to act on
			}
		}
	}

	@Check
	public void checkInTimeExists(CheckIn checkIn) {
		single(checkIn, checkIn.getDate(), checkIn.getTime(), MentorPackage.Literals.CHECK_IN__TIME);
	}

	@Check
	public void kickoffTimeExists(Kickoff kickoff) {
		single(kickoff, kickoff.getDate(), kickoff.getTime(), MentorPackage.Literals.KICKOFF__TIME);
	}

	@Check
	public void retrospectiveTimeExists(Retrospective retrospective) {
		if (retrospective.getEvery() == null) { // a retrospective on a date; see docs/generators.md for the series
			single(retrospective, retrospective.getDate(), retrospective.getTime(), MentorPackage.Literals.RETROSPECTIVE__TIME);
		}
	}

	private void single(EObject item, String dateText, String timeText, org.eclipse.emf.ecore.EAttribute feature) {
		Optional<LocalDate> date = Dates.parse(dateText);
		Optional<LocalTime> time = ClockTimes.parse(timeText);
		Optional<ZoneId> zone = Agreements.of(item).flatMap(Agreements::zone);
		if (date.isPresent() && time.isPresent() && zone.isPresent()) {
			report(item, feature, date.get(), time.get(), zone.get());
		}
	}

	private boolean report(EObject item, org.eclipse.emf.ecore.EAttribute feature, LocalDate date, LocalTime time,
			ZoneId zone) {
		LocalDateTime local = LocalDateTime.of(date, time);
		int offsets = zone.getRules().getValidOffsets(local).size();
		if (offsets == 1) {
			return false;
		}
		ZoneOffsetTransition change = zone.getRules().getTransition(local);
		if (offsets == 0) {
			warning("On " + date + " the clocks in " + zone + " go forward and " + time + " does not exist: the meeting"
					+ " would move to " + time.plus(change.getDuration()) + ". Pick another time, or skip that date.", item,
					feature, IssueCodes.DST_GAP, new IssueData.SuggestedDate(date.toString()).encode());
		} else {
			warning("On " + date + " the clocks in " + zone + " go back and " + time + " happens twice: pick another"
					+ " time, or skip that date.", item, feature, IssueCodes.DST_OVERLAP, new IssueData.SuggestedDate(date.toString()).encode());
		}
		return true;
	}

	/** A fixed offset Java reads as a zone ("UTC+1", "+05:30"): not a time zone of the database. */
	private static Optional<ZoneId> offset(String id) {
		try {
			return Optional.of(ZoneId.of(id)).filter(Agreements::fixedOffset);
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The zone an abbreviation stands for ("JST": "Asia/Tokyo"), else the known zone id with the smallest edit
	 * distance if it is a plausible typo. A short id allows one typo only: two letters of three make another word.
	 */
	static String closestZone(String id) {
		Optional<String> abbreviated = ZoneAbbreviations.zoneFor(id);
		if (abbreviated.isPresent()) {
			return abbreviated.get();
		}
		String lower = id.toLowerCase(Locale.ROOT).replace(' ', '_');
		int allowed = id.length() <= 5 ? 1 : Math.max(2, id.length() / 4);
		return ZoneId.getAvailableZoneIds().stream()
				// a zone more letters away than the typos allowed cannot be it: skip the comparison (long garbage stays cheap)
				.filter(z -> Math.abs(z.length() - lower.length()) <= allowed)
				.map(z -> new Object[] { z, Spelling.distance(lower, z.toLowerCase(Locale.ROOT)) })
				.filter(o -> (int) o[1] <= allowed)
				.min(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
				.map(o -> (String) o[0]).orElse("");
	}
}
