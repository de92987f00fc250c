package org.mentorship.dsl.generator.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.mentorship.dsl.mentor.Agenda;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.ConversationStarter;
import org.mentorship.dsl.mentor.DayOfMonth;
import org.mentorship.dsl.mentor.LastDayOfMonth;
import org.mentorship.dsl.mentor.EveryWeekday;
import org.mentorship.dsl.mentor.Frequency;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.InPerson;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Mode;
import org.mentorship.dsl.mentor.NthWeekday;
import org.mentorship.dsl.mentor.Ordinal;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Preparation;
import org.mentorship.dsl.mentor.Prompt;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Roles;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.Skip;
import org.mentorship.dsl.mentor.TimeUnit;
import org.mentorship.dsl.mentor.Video;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;
import org.mentorship.dsl.model.MeetingSeries;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneLoader;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An agreement as an iCalendar file (RFC 5545), built with ical4j: one recurring event per cadence,
 * an event for the kickoff, each check-in and each retrospective, and an all-day event for each
 * milestone due date and for the review. docs/generators.md ("Calendar (ICS)") describes the result.
 *
 * <p>The agreement must have no errors (the caller checks). The output is the same, byte for byte,
 * every time the same agreement is generated: UIDs are name-based, DTSTAMP comes from the agreement,
 * and nothing depends on the clock or on the machine's time zone.
 *
 * <p>Holds no state between calls; each call builds its own calendar and time zone registry.
 */
public class CalendarGenerator {

	/** The iTIP method (RFC 5546) written into the calendar. */
	public enum Method {
		/** For importing or subscribing: the events with their organizer, without attendees. */
		PUBLISH,
		/** An invitation: ORGANIZER and one ATTENDEE per other party that has an e-mail address. */
		REQUEST
	}

	public static final String PRODID = "-//Mentorship Studio//mentor calendar//EN";
	/** Appended to every UID. */
	public static final String UID_SUFFIX = "@mentorship";
	/** The reminder before each regular session: a day ahead, so there is time to prepare. */
	public static final java.time.Duration REMINDER_BEFORE = java.time.Duration.ofDays(1);
	/** Length of a check-in that does not say how long it takes. */
	public static final java.time.Duration CHECK_IN_LENGTH = java.time.Duration.ofMinutes(30);
	/** Length of a kickoff or retrospective that does not say how long it takes. */
	public static final java.time.Duration SESSION_LENGTH = java.time.Duration.ofMinutes(60);
	/** Recurrences end with the last day of the term, at this local time (UNTIL). */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
	/** Where ical4j keeps its time zone definitions (tzurl.org, shipped in the ical4j jar). */
	private static final String ZONE_DEFINITIONS = "zoneinfo/";

	/** The calendar with {@link Method#PUBLISH}. */
	public String calendar(Agreement agreement) {
		return calendar(agreement, Method.PUBLISH);
	}

	/**
	 * The agreement's calendar as iCalendar text (CRLF line ends, lines folded at 75 octets).
	 *
	 * @throws IllegalArgumentException for {@link Method#REQUEST} when the organizer has no e-mail
	 *         address or no other party has one (an invitation needs both)
	 */
	public String calendar(Agreement agreement, Method method) {
		Objects.requireNonNull(agreement, "agreement");
		return new Build(agreement, method == null ? Method.PUBLISH : method).write();
	}

	/** The UID of an item: a name-based UUID of "agreement id/item key", so it never changes. */
	public static String uid(String agreementId, String itemKey) {
		return UUID.nameUUIDFromBytes((agreementId + "/" + itemKey).getBytes(StandardCharsets.UTF_8)) + UID_SUFFIX;
	}

	/** One generation: everything that is computed once per agreement. */
	private static final class Build {

		private final Agreement agreement;
		private final Method method;
		private final String id;
		private final Optional<LocalDate> start;
		private final Optional<LocalDate> end;
		private final Instant stamp;
		private final int sequence;
		/** The zone of all times with its VTIMEZONE, or empty: then times are floating (local). */
		private final Optional<ZoneId> zone;
		private final Optional<VTimeZone> vTimeZone;
		private final Optional<Party> organizer;
		private final List<Party> attendees;
		private final String people;
		private final Set<String> keys = new HashSet<>();
		private boolean timed;

		Build(Agreement agreement, Method method) {
			this.agreement = agreement;
			this.method = method;
			this.id = IcsTexts.normalise(agreement.getName());
			this.start = Agreements.start(agreement);
			this.end = Agreements.end(agreement);
			this.stamp = stamp(agreement, start);
			this.sequence = Math.max(0, agreement.getVersion());
			Optional<VTimeZone> definition = Agreements.zone(agreement).flatMap(Build::definition);
			this.vTimeZone = definition;
			this.zone = definition.map(v -> ZoneId.of(v.getTimeZoneId().getValue()));
			this.organizer = organizer(agreement);
			this.attendees = Agreements.parties(agreement).stream()
					.filter(p -> organizer.map(o -> o != p).orElse(true)).filter(p -> !email(p).isEmpty()).toList();
			List<Party> meeting = Stream.of(PartyRole.MENTOR, PartyRole.CO_MENTOR, PartyRole.MENTEE)
					.flatMap(role -> Agreements.parties(agreement).stream().filter(p -> p.getRole() == role)).toList();
			String names = IcsTexts.and(IcsTexts.callNames(meeting));
			this.people = names.isEmpty() ? IcsTexts.normalise(agreement.getTitle()) : names;
			if (method == Method.REQUEST) {
				if (organizer.isEmpty() || email(organizer.get()).isEmpty()) {
					throw new IllegalArgumentException("An invitation needs an organizer with an e-mail address: add email \"...\" to "
							+ organizer.map(p -> "'" + p.getName() + "'").orElse("the mentor") + ".");
				}
				if (attendees.isEmpty()) {
					throw new IllegalArgumentException(
							"An invitation needs at least one other party with an e-mail address to invite.");
				}
			}
		}

		/**
		 * DTSTAMP: the day the agreement last changed (its latest "changed on"), else the start of its
		 * term, at 00:00 UTC. Not the time of generation, so that regenerating gives the same file.
		 */
		private static Instant stamp(Agreement agreement, Optional<LocalDate> start) {
			Optional<LocalDate> changed = Agreements.sections(agreement, Change.class).stream()
					.map(c -> Dates.parse(c.getDate())).flatMap(Optional::stream).max(LocalDate::compareTo);
			return changed.or(() -> start).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.EPOCH);
		}

		/**
		 * The zone's definition as ical4j ships it (tzurl.org). A zone ical4j does not ship gets no
		 * VTIMEZONE (ical4j would derive one from the clock's current year, which is not reproducible):
		 * its times are then floating, i.e. local times in whatever zone the reader's calendar uses.
		 */
		private static Optional<VTimeZone> definition(ZoneId zoneId) {
			TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
			Set<String> shipped = new HashSet<>(Arrays.asList(TimeZoneLoader.getInstance(ZONE_DEFINITIONS).getAvailableIDs()));
			TimeZone timeZone = registry.getTimeZone(zoneId.getId());
			if (timeZone == null || timeZone.getVTimeZone() == null) {
				return Optional.empty();
			}
			VTimeZone vTimeZone = timeZone.getVTimeZone().copy();
			String tzid = vTimeZone.getTimeZoneId().getValue();
			try {
				ZoneId.of(tzid);
			} catch (RuntimeException e) {
				return Optional.empty();
			}
			return shipped.contains(tzid) ? Optional.of(vTimeZone) : Optional.empty();
		}

		/** Who starts conversations (roles section), else the mentor. */
		private static Optional<Party> organizer(Agreement agreement) {
			return Agreements.sections(agreement, Roles.class).stream().flatMap(r -> r.getClauses().stream())
					.filter(ConversationStarter.class::isInstance).map(c -> ((ConversationStarter) c).getParty())
					.filter(p -> p != null && !p.eIsProxy()).findFirst()
					.or(() -> Agreements.first(agreement, PartyRole.MENTOR));
		}

		String write() {
			List<VEvent> events = new ArrayList<>();
			List<Cadence> cadences = Agreements.sections(agreement, Cadence.class);
			for (int i = 0; i < cadences.size(); i++) {
				series(cadences.get(i), i + 1).ifPresent(events::add);
			}
			for (Kickoff kickoff : Agreements.sections(agreement, Kickoff.class)) {
				kickoff(kickoff).ifPresent(events::add);
			}
			for (CheckIn checkIn : Agreements.sections(agreement, CheckIn.class)) {
				checkIn(checkIn).ifPresent(events::add);
			}
			for (Retrospective retrospective : Agreements.sections(agreement, Retrospective.class)) {
				retrospective(retrospective).ifPresent(events::add);
			}
			for (Goal goal : Agreements.sections(agreement, Goal.class)) {
				for (int i = 0; i < goal.getMilestones().size(); i++) {
					milestone(goal, goal.getMilestones().get(i), i + 1).ifPresent(events::add);
				}
			}
			for (Review review : Agreements.sections(agreement, Review.class)) {
				review(review).ifPresent(events::add);
			}

			Calendar calendar = new Calendar();
			calendar.add(new ProdId(PRODID));
			calendar.add(ImmutableVersion.VERSION_2_0);
			calendar.add(ImmutableCalScale.GREGORIAN);
			calendar.add(method == Method.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.PUBLISH);
			String title = IcsTexts.normalise(agreement.getTitle());
			if (!title.isEmpty()) {
				calendar.add(new XProperty("X-WR-CALNAME", title));
			}
			Agreements.sections(agreement, Purpose.class).stream().map(p -> IcsTexts.normalise(p.getText()))
					.filter(t -> !t.isEmpty()).findFirst().ifPresent(p -> calendar.add(new XProperty("X-WR-CALDESC", p)));
			if (timed && vTimeZone.isPresent()) {
				calendar.add(new XProperty("X-WR-TIMEZONE", zone.get().getId()));
				calendar.add(vTimeZone.get());
			}
			events.forEach(calendar::add);

			StringWriter out = new StringWriter();
			try {
				new CalendarOutputter(false).output(calendar, out);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return OctetFolding.refold(out.toString());
		}

		// ---------------------------------------------------------------------------------------
		// The events
		// ---------------------------------------------------------------------------------------

		/** A cadence: one event that recurs from the first meeting to the end of the term. */
		private Optional<VEvent> series(Cadence cadence, int index) {
			Optional<Schedule> found = Defaults.schedule(cadence);
			if (found.isEmpty() || start.isEmpty() || end.isEmpty()) {
				return Optional.empty();
			}
			Schedule schedule = found.get();
			Optional<LocalTime> time = MeetingSeries.time(schedule);
			if (time.isEmpty() || schedule.getFrequency() == null) {
				return Optional.empty();
			}
			Set<LocalDate> skips = new LinkedHashSet<>();
			for (Skip skip : Defaults.skips(cadence)) {
				skip.getDates().stream().map(Dates::parse).flatMap(Optional::stream).forEach(skips::add);
			}
			List<LocalDate> meetings = MeetingSeries.dates(schedule, start.get(), end.get(), skips);
			if (meetings.isEmpty()) {
				return Optional.empty();
			}
			LocalDate first = meetings.get(0);
			List<LocalDate> skipped = MeetingSeries.dates(schedule, start.get(), end.get(), Set.of()).stream()
					.filter(skips::contains).filter(d -> d.isAfter(first)).toList();

			VEvent event = event("cadence/" + (cadence.getName() != null ? cadence.getName() : index));
			event.add(start(first, time.get()));
			event.add(new net.fortuna.ical4j.model.property.Duration(length(schedule.getDuration(), SESSION_LENGTH)));
			event.add(new RRule<>(recurrence(schedule, first)));
			List<LocalDate> changeDays = onClockChanges(meetings, time.get());
			List<LocalDate> excluded = Stream.concat(skipped.stream(), changeDays.stream()).distinct().sorted().toList();
			if (!excluded.isEmpty()) {
				event.add(exceptions(excluded, time.get()));
			}
			if (!changeDays.isEmpty()) {
				event.add(new RDate<>(new DateList<>(changeDays.stream().map(d -> d.atTime(time.get()).atZone(zone.get())
						.toInstant()).toList())));
			}
			String summary = "Mentoring: " + people;
			event.add(new Summary(summary));

			List<String> description = new ArrayList<>();
			List<String> agenda = Defaults.agenda(cadence).stream().map(Agenda::getItems).flatMap(List::stream)
					.map(IcsTexts::normalise).filter(t -> !t.isEmpty()).toList();
			if (!agenda.isEmpty()) {
				description.add("Agenda:");
				for (int i = 0; i < agenda.size(); i++) {
					description.add((i + 1) + ". " + agenda.get(i));
				}
			}
			List<String> preparation = Defaults.preparations(cadence).stream().map(Build::preparation).toList();
			if (!preparation.isEmpty()) {
				description.add("Preparation:");
				preparation.forEach(p -> description.add("- " + p));
			}
			if (!description.isEmpty()) {
				event.add(new Description(String.join("\n", description)));
			}
			place(schedule.getMode(), event);
			people(event);

			VAlarm alarm = new VAlarm(REMINDER_BEFORE.negated());
			alarm.add(ImmutableAction.DISPLAY);
			alarm.add(new Description("Tomorrow: " + summary + "."
					+ (preparation.isEmpty() ? "" : " Prepare: " + String.join("; ", preparation) + ".")));
			event.add(alarm);
			return Optional.of(event);
		}

		/** "Grace Hopper brings: questions and notes". */
		private static String preparation(Preparation p) {
			String who = IcsTexts.fullName(p.getParty());
			return (who.isEmpty() ? "" : who + " ") + p.getVerb() + ": " + IcsTexts.normalise(p.getText());
		}

		/**
		 * RRULE of a cadence. Weekly and biweekly meet on the day of the first meeting; monthly "the
		 * second Tuesday" is BYDAY=2TU ("last" is -1), "day 15" is BYMONTHDAY=15, "the last day" is
		 * BYMONTHDAY=-1, "on Tuesday" is the
		 * first Tuesday (as MeetingSeries counts), no day is the start date's day of the month.
		 */
		private Recur<? extends Temporal> recurrence(Schedule schedule, LocalDate first) {
			if (schedule.getFrequency() == Frequency.MONTHLY) {
				if (schedule.getDay() instanceof NthWeekday nth) {
					int ordinal = nth.getOrdinal() == Ordinal.LAST ? -1 : nth.getOrdinal().getValue() + 1;
					return until(net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY, 1,
							new WeekDay(WeekDay.getWeekDay(MeetingSeries.dayOfWeek(nth.getWeekday())), ordinal), null);
				}
				if (schedule.getDay() instanceof EveryWeekday every) {
					return until(net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY, 1,
							new WeekDay(WeekDay.getWeekDay(MeetingSeries.dayOfWeek(every.getWeekday())), 1), null);
				}
				int day = schedule.getDay() instanceof DayOfMonth d ? d.getDay()
						: schedule.getDay() instanceof LastDayOfMonth ? -1 : start.get().getDayOfMonth();
				return until(net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY, 1, null, day);
			}
			int interval = schedule.getFrequency() == Frequency.BIWEEKLY ? 2 : 1;
			return until(net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY, interval,
					WeekDay.getWeekDay(first.getDayOfWeek()), null);
		}

		/**
		 * A rule that ends with the term: UNTIL is the last day at 23:59:59 local time, in UTC when
		 * the times have a zone (RFC 5545 3.3.10), local when they float.
		 */
		private Recur<? extends Temporal> until(net.fortuna.ical4j.transform.recurrence.Frequency frequency, int interval,
				WeekDay day, Integer monthDay) {
			LocalDateTime last = end.get().atTime(END_OF_DAY);
			if (zone.isPresent()) {
				return rule(new Recur.Builder<Instant>().until(last.atZone(zone.get()).toInstant()), frequency, interval, day,
						monthDay);
			}
			return rule(new Recur.Builder<LocalDateTime>().until(last), frequency, interval, day, monthDay);
		}

		private static <T extends Temporal> Recur<T> rule(Recur.Builder<T> builder,
				net.fortuna.ical4j.transform.recurrence.Frequency frequency, int interval, WeekDay day, Integer monthDay) {
			builder.frequency(frequency);
			if (interval > 1) {
				builder.interval(interval);
			}
			if (day != null) {
				builder.dayList(day);
			}
			if (monthDay != null) {
				builder.monthDayList(monthDay);
			}
			return builder.build();
		}

		/**
		 * EXDATE for skipped meetings, at the meeting time as written (with the TZID of DTSTART), also on
		 * a day the clocks skip that time (see {@link #skipsThe}).
		 */
		private Property exceptions(List<LocalDate> skipped, LocalTime time) {
			if (zone.isPresent() && skipped.stream().anyMatch(d -> skipsThe(d.atTime(time)))) {
				return new ExDate<>(zoneParameter(), new DateList<>(skipped.stream().map(d -> d.atTime(time)).toList()));
			}
			if (zone.isPresent()) {
				return new ExDate<>(zoneParameter(),
						new DateList<>(skipped.stream().map(d -> d.atTime(time).atZone(zone.get())).toList()));
			}
			return new ExDate<>(new DateList<>(skipped.stream().map(d -> d.atTime(time)).toList()));
		}

		/**
		 * The meetings whose time the clocks skip or repeat that day. Readers place such a time differently
		 * (ical.js, Thunderbird's reader: a skipped 02:30 at 01:30, a repeated one the second time; ical4j
		 * and RFC 5545, 3.3.5: at 03:30, the first time), so each is excluded at its written time (which
		 * every reader matches) and given back as an RDATE in UTC at the RFC's instant, which all show alike.
		 */
		private List<LocalDate> onClockChanges(List<LocalDate> meetings, LocalTime time) {
			return zone.isEmpty() ? List.of()
					: meetings.stream().filter(d -> zone.get().getRules().getValidOffsets(d.atTime(time)).size() != 1).toList();
		}

		/** In person: the place is the LOCATION. By video: the link is the LOCATION and, if it is a URI, the URL. */
		private static void place(Mode mode, VEvent event) {
			if (mode == null) {
				return;
			}
			String detail = IcsTexts.normalise(mode.getDetail());
			if (detail.isEmpty()) {
				return;
			}
			if (mode instanceof InPerson) {
				event.add(new Location(detail));
			} else if (mode instanceof Video) {
				event.add(new Location(detail));
				link(detail).ifPresent(uri -> event.add(new Url(uri)));
			}
		}

		private static Optional<URI> link(String text) {
			try {
				URI uri = new URI(text);
				return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
			} catch (URISyntaxException e) {
				return Optional.empty();
			}
		}

		private Optional<VEvent> kickoff(Kickoff kickoff) {
			return dated("kickoff", kickoff.getDate(), kickoff.getTime(), kickoff.getDuration(), SESSION_LENGTH,
					"Mentoring kickoff: " + people, IcsTexts.normalise(kickoff.getText()));
		}

		private Optional<VEvent> checkIn(CheckIn checkIn) {
			List<String> description = new ArrayList<>();
			String text = IcsTexts.normalise(checkIn.getText());
			if (!text.isEmpty()) {
				description.add(text);
			}
			List<String> goals = checkIn.getGoals().stream().filter(g -> !g.eIsProxy())
					.map(g -> IcsTexts.normalise(g.getTitle())).toList();
			if (!goals.isEmpty()) {
				description.add("Goals to look at:");
				goals.forEach(g -> description.add("- " + g));
			}
			String key = "check-in/" + (checkIn.getName() != null ? checkIn.getName() : checkIn.getDate());
			return dated(key, checkIn.getDate(), checkIn.getTime(), checkIn.getDuration(), CHECK_IN_LENGTH,
					"Mentoring check-in: " + people, String.join("\n", description));
		}

		/** A retrospective on a date, or "every N months" as one recurring event until the end of the term. */
		private Optional<VEvent> retrospective(Retrospective retrospective) {
			List<String> prompts = retrospective.getPrompts().stream().map(Prompt::getText).map(IcsTexts::normalise)
					.filter(t -> !t.isEmpty()).toList();
			List<String> description = new ArrayList<>();
			if (!prompts.isEmpty()) {
				description.add("Prompts:");
				prompts.forEach(p -> description.add("- " + p));
			}
			String summary = "Mentoring retrospective: " + people;
			String name = retrospective.getName();
			if (retrospective.getEvery() == null) {
				return dated("retrospective/" + (name != null ? name : retrospective.getDate()), retrospective.getDate(),
						retrospective.getTime(), retrospective.getDuration(), SESSION_LENGTH, summary,
						String.join("\n", description));
			}
			Optional<Interval> interval = Interval.of(retrospective.getEvery());
			Optional<LocalDate> first = Dates.parse(retrospective.getStart())
					.or(() -> start.flatMap(s -> interval.map(i -> i.after(s))));
			if (first.isEmpty() || end.isEmpty() || first.get().isAfter(end.get())) {
				return Optional.empty();
			}
			VEvent event = event("retrospective/" + (name != null ? name : "every"));
			Optional<LocalTime> time = ClockTimes.parse(retrospective.getTime());
			when(event, first.get(), time, retrospective.getDuration(), SESSION_LENGTH);
			if (interval.isPresent()) {
				if (time.isPresent()) {
					event.add(new RRule<>(until(interval.get().frequency(), interval.get().count(), null, null)));
				} else {
					event.add(new RRule<>(rule(new Recur.Builder<LocalDate>().until(end.get()), interval.get().frequency(),
							interval.get().count(), null, null)));
				}
			}
			event.add(new Summary(summary));
			describe(event, String.join("\n", description));
			people(event);
			return Optional.of(event);
		}

		private Optional<VEvent> milestone(Goal goal, Milestone milestone, int index) {
			Optional<LocalDate> due = Dates.parse(milestone.getDue());
			if (due.isEmpty()) {
				return Optional.empty();
			}
			VEvent event = event("goal/" + goal.getName() + "/milestone/"
					+ (milestone.getName() != null ? milestone.getName() : index));
			allDay(event, due.get());
			event.add(new Summary("Milestone due: " + IcsTexts.normalise(milestone.getTitle()) + " ("
					+ IcsTexts.normalise(goal.getTitle()) + ")"));
			event.add(new Transp(Transp.VALUE_TRANSPARENT));
			people(event);
			return Optional.of(event);
		}

		private Optional<VEvent> review(Review review) {
			Optional<LocalDate> date = Dates.parse(review.getDate());
			if (date.isEmpty()) {
				return Optional.empty();
			}
			VEvent event = event("review");
			allDay(event, date.get());
			event.add(new Summary("Review of the agreement"));
			describe(event, IcsTexts.normalise(review.getText()));
			event.add(new Transp(Transp.VALUE_TRANSPARENT));
			people(event);
			return Optional.of(event);
		}

		// ---------------------------------------------------------------------------------------
		// Parts every event shares
		// ---------------------------------------------------------------------------------------

		/** A new event with UID, DTSTAMP and SEQUENCE; the key is made unique within the agreement. */
		private VEvent event(String key) {
			String unique = key;
			for (int n = 2; !keys.add(unique); n++) {
				unique = key + "#" + n;
			}
			VEvent event = new VEvent(false);
			event.add(new Uid(uid(id, unique)));
			event.add(new DtStamp(stamp));
			event.add(new Sequence(sequence));
			return event;
		}

		/** A single event on a date: timed if it has a time, else all-day. */
		private Optional<VEvent> dated(String key, String dateText, String timeText,
				org.mentorship.dsl.mentor.Duration duration, java.time.Duration fallback, String summary, String description) {
			Optional<LocalDate> date = Dates.parse(dateText);
			if (date.isEmpty()) {
				return Optional.empty();
			}
			VEvent event = event(key);
			when(event, date.get(), ClockTimes.parse(timeText), duration, fallback);
			event.add(new Summary(summary));
			describe(event, description);
			people(event);
			return Optional.of(event);
		}

		/** DTSTART and DURATION at the time, or an all-day DATE event (a duration is then left out). */
		private void when(VEvent event, LocalDate date, Optional<LocalTime> time, org.mentorship.dsl.mentor.Duration duration,
				java.time.Duration fallback) {
			if (time.isPresent()) {
				event.add(start(date, time.get()));
				event.add(new net.fortuna.ical4j.model.property.Duration(length(duration, fallback)));
			} else {
				allDay(event, date);
			}
		}

		private static void allDay(VEvent event, LocalDate date) {
			event.add(new DtStart<>(date));
			event.add(new DtEnd<>(date.plusDays(1)));
		}

		/** The date at the time, in the agreement's zone (or floating). */
		private Temporal at(LocalDate date, LocalTime time) {
			timed = true;
			LocalDateTime local = date.atTime(time);
			return zone.isPresent() ? local.atZone(zone.get()) : local;
		}

		/** DTSTART at the time as written; see {@link #skipsThe}. */
		private DtStart<?> start(LocalDate date, LocalTime time) {
			Temporal at = at(date, time);
			return skipsThe(date.atTime(time)) ? new DtStart<>(zoneParameter(), date.atTime(time)) : new DtStart<>(at);
		}

		/**
		 * Whether the clocks skip this local time in the agreement's zone (02:30 on the spring change in
		 * Berlin). Java would move it to 03:30; written so, a DTSTART would move every later meeting of the
		 * series to 03:30, and an EXDATE would not name the meeting it skips as the agreement does. Such a
		 * time is written as is, with its TZID: readers place it after the change (RFC 5545, 3.3.5).
		 */
		private boolean skipsThe(LocalDateTime local) {
			return zone.isPresent() && zone.get().getRules().getValidOffsets(local).isEmpty();
		}

		private ParameterList zoneParameter() {
			return new ParameterList(List.of(new TzId(zone.get().getId())));
		}

		private static java.time.Duration length(org.mentorship.dsl.mentor.Duration duration, java.time.Duration fallback) {
			return Durations.minutes(duration).filter(m -> m > 0).map(m -> java.time.Duration.ofSeconds(Math.round(m * 60)))
					.orElse(fallback);
		}

		private static void describe(VEvent event, String description) {
			if (!description.isEmpty()) {
				event.add(new Description(description));
			}
		}

		/**
		 * ORGANIZER on every event (RFC 5546 requires it for PUBLISH and REQUEST); ATTENDEEs only in a
		 * REQUEST. An organizer without e-mail (PUBLISH only) is named by a name-based urn:uuid.
		 */
		private void people(VEvent event) {
			if (organizer.isEmpty()) {
				return;
			}
			Party party = organizer.get();
			URI address = address(party).orElseGet(
					() -> URI.create("urn:uuid:" + UUID.nameUUIDFromBytes((id + "/party/" + party.getName()).getBytes(StandardCharsets.UTF_8))));
			event.add(new Organizer(new ParameterList(List.of(new Cn(IcsTexts.fullName(party)))), address));
			if (method != Method.REQUEST) {
				return;
			}
			for (Party attendee : attendees) {
				Optional<URI> to = address(attendee);
				if (to.isEmpty()) {
					continue;
				}
				boolean required = attendee.getRole() == PartyRole.MENTOR || attendee.getRole() == PartyRole.CO_MENTOR
						|| attendee.getRole() == PartyRole.MENTEE;
				event.add(new Attendee(new ParameterList(List.of(new Cn(IcsTexts.fullName(attendee)),
						required ? Role.REQ_PARTICIPANT : Role.OPT_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.TRUE)), to.get()));
			}
		}

		private static String email(Party party) {
			return IcsTexts.normalise(party.getEmail());
		}

		private static Optional<URI> address(Party party) {
			String email = email(party);
			if (email.isEmpty()) {
				return Optional.empty();
			}
			try {
				return Optional.of(new URI("mailto", email, null));
			} catch (URISyntaxException e) {
				return Optional.empty();
			}
		}
	}

	/** "every 3 months" as an RRULE frequency and interval; whole days, weeks or months only. */
	private record Interval(net.fortuna.ical4j.transform.recurrence.Frequency frequency, int count, TimeUnit unit) {

		static Optional<Interval> of(org.mentorship.dsl.mentor.Duration every) {
			Optional<BigDecimal> amount = Durations.amount(every);
			if (amount.isEmpty() || amount.get().signum() <= 0 || amount.get().stripTrailingZeros().scale() > 0) {
				return Optional.empty();
			}
			int count = amount.get().intValue();
			return switch (every.getUnit()) {
			case DAYS -> Optional.of(new Interval(net.fortuna.ical4j.transform.recurrence.Frequency.DAILY, count, TimeUnit.DAYS));
			case WEEKS -> Optional.of(new Interval(net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY, count, TimeUnit.WEEKS));
			case MONTHS -> Optional.of(new Interval(net.fortuna.ical4j.transform.recurrence.Frequency.MONTHLY, count, TimeUnit.MONTHS));
			default -> Optional.empty();
			};
		}

		LocalDate after(LocalDate date) {
			return switch (unit) {
			case DAYS -> date.plusDays(count);
			case WEEKS -> date.plusWeeks(count);
			default -> date.plusMonths(count);
			};
		}
	}
}
