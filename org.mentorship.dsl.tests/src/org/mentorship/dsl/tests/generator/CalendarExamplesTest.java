package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.dsl.tests.generator.Ics.event;
import static org.mentorship.dsl.tests.generator.Ics.events;
import static org.mentorship.dsl.tests.generator.Ics.everyWeeks;
import static org.mentorship.dsl.tests.generator.Ics.instants;
import static org.mentorship.dsl.tests.generator.Ics.instantsAt;
import static org.mentorship.dsl.tests.generator.Ics.nthWeekday;
import static org.mentorship.dsl.tests.generator.Ics.read;
import static org.mentorship.dsl.tests.generator.Ics.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.generator.ics.CalendarGenerator.Method;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The calendar of every example agreement (loaded together with the programme file, as the CLI
 * does): valid in both methods, and what a user sees on import.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class CalendarExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private CalendarGenerator generator;

	private final Map<String, Agreement> agreements = new LinkedHashMap<>();

	static Path examples() {
		return Paths.get(System.getProperty("mentor.examples", "../examples"));
	}

	@BeforeEach
	void loadAllExamples() throws IOException {
		XtextResourceSet set = resourceSets.get();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(examples())) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(set);
		for (Resource resource : set.getResources()) {
			if (((MentorFile) resource.getContents().get(0)).getDocument() instanceof Agreement agreement) {
				assertTrue(resource.getErrors().isEmpty(), () -> resource.getURI() + ": " + resource.getErrors());
				agreements.put(resource.getURI().lastSegment(), agreement);
			}
		}
		assertEquals(List.of("complete.mentor", "minimal.mentor", "multi-mentor.mentor", "programme-agreement.mentor"),
				List.copyOf(agreements.keySet()));
	}

	@Test
	void everyExampleGivesAValidCalendarInBothMethods() {
		for (Map.Entry<String, Agreement> example : agreements.entrySet()) {
			for (Method method : Method.values()) {
				String ics = generator.calendar(example.getValue(), method);
				Calendar calendar = read(ics); // CRLF, 75 octets, ical4j's validator
				assertEquals(method.name(), value(calendar, Property.METHOD), example.getKey());
				assertEquals(ics, generator.calendar(example.getValue(), method), "regenerated: " + example.getKey());
				for (VEvent e : events(calendar)) {
					assertEquals(method == Method.REQUEST, !e.getProperties(Property.ATTENDEE).isEmpty(), example.getKey());
				}
			}
		}
	}

	@Test
	void complete() {
		Calendar calendar = read(generator.calendar(agreements.get("complete.mentor")));
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		assertEquals(10, events(calendar).size());
		assertEquals("Growing into a tech lead", value(calendar, "X-WR-CALNAME"));
		assertEquals(1, calendar.getComponents("VTIMEZONE").size());

		VEvent series = event(calendar, "Mentoring: Ada & Grace");
		List<LocalDate> meetings = new ArrayList<>(
				everyWeeks(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 7, 9), DayOfWeek.TUESDAY, 2));
		meetings.remove(LocalDate.of(2027, 4, 6)); // skipped
		meetings.remove(LocalDate.of(2027, 5, 18)); // skipped
		assertEquals(11, meetings.size());
		assertEquals(instantsAt(meetings, LocalTime.of(10, 0), berlin), instants(series, berlin));
		assertTrue(series.getDescription().getValue().startsWith("Agenda:\n1. Grace's topics and questions\n"));
		assertEquals("https://meet.example.org/ada-grace", value(series, Property.URL));
		assertEquals("2", value(series, Property.SEQUENCE));
		assertEquals("20270202T000000Z", value(series, Property.DTSTAMP)); // changed on 2027-02-02

		VEvent retrospective = event(calendar, "Mentoring retrospective");
		assertEquals(instantsAt(List.of(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 5, 9), LocalDate.of(2027, 7, 9)),
				LocalTime.of(11, 0), berlin), instants(retrospective, berlin));

		Calendar request = read(generator.calendar(agreements.get("complete.mentor"), Method.REQUEST));
		VEvent invitation = event(request, "Mentoring: Ada & Grace");
		assertEquals("mailto:grace.hopper@example.org", value(invitation, Property.ORGANIZER)); // grace starts conversations
		assertEquals(List.of("mailto:ada.lovelace@example.org"), attendees(invitation));
	}

	@Test
	void minimal() {
		Calendar calendar = read(generator.calendar(agreements.get("minimal.mentor")));
		ZoneId chicago = ZoneId.of("America/Chicago");
		assertEquals(5, events(calendar).size());
		VEvent series = event(calendar, "Mentoring: Sam & Lee");
		List<LocalDate> meetings = everyWeeks(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 9), DayOfWeek.THURSDAY, 2);
		assertEquals(7, meetings.size());
		assertEquals(instantsAt(meetings, LocalTime.of(16, 0), chicago), instants(series, chicago));
		assertEquals("https://meet.example.org/sam-lee", value(series, Property.URL));
		assertEquals("0", value(series, Property.SEQUENCE));

		VEvent request = event(read(generator.calendar(agreements.get("minimal.mentor"), Method.REQUEST)), "Mentoring: ");
		assertEquals("mailto:sam.ortiz@example.org", value(request, Property.ORGANIZER)); // no roles: the mentor
		assertEquals(List.of("mailto:lee.park@example.org"), attendees(request));
	}

	@Test
	void multiMentor() {
		Calendar calendar = read(generator.calendar(agreements.get("multi-mentor.mentor")));
		ZoneId kolkata = ZoneId.of("Asia/Kolkata");
		assertEquals(8, events(calendar).size());
		VEvent series = event(calendar, "Mentoring: Arjun, Mei & Priya");
		// "from 2027-02-01 for 4 months": the last day is 2027-05-31
		List<LocalDate> meetings = everyWeeks(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 31), DayOfWeek.FRIDAY, 1);
		assertEquals(17, meetings.size());
		assertEquals(instantsAt(meetings, LocalTime.of(14, 0), kolkata), instants(series, kolkata));
		assertEquals("Bengaluru office, 3rd floor", value(series, Property.LOCATION));

		VEvent request = event(read(generator.calendar(agreements.get("multi-mentor.mentor"), Method.REQUEST)), "Mentoring: ");
		assertEquals("mailto:priya.nair@example.org", value(request, Property.ORGANIZER));
		assertEquals(List.of("mailto:arjun.rao@example.org", "mailto:mei.chen@example.org", "mailto:vikram.shah@example.org",
				"mailto:lena.fischer@example.org"), attendees(request));
	}

	@Test
	void programmeAgreementUsesTheProgrammesScheduleAndTimeZone() {
		Calendar calendar = read(generator.calendar(agreements.get("programme-agreement.mentor")));
		ZoneId london = ZoneId.of("Europe/London");
		assertEquals(7, events(calendar).size());
		assertEquals("Europe/London", value(calendar, "X-WR-TIMEZONE"));
		VEvent series = event(calendar, "Mentoring: Nadia & Olu");
		assertTrue(value(series, Property.RRULE).contains("BYDAY=2TU"));
		List<LocalDate> meetings = nthWeekday(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 9, 14), DayOfWeek.TUESDAY, 2);
		assertEquals(9, meetings.size());
		assertEquals(instantsAt(meetings, LocalTime.of(17, 0), london), instants(series, london));
		assertEquals("Agenda:\n1. Project progress\n2. One concept Olu wants explained\n"
				+ "Preparation:\n- Olu Adeyemi brings: the notebook and one question written down",
				series.getDescription().getValue());

		// "every 3 months starting 2027-04-13" without a time: all-day, 2027-10-13 is after the term
		VEvent retrospective = event(calendar, "Mentoring retrospective");
		assertEquals(List.of(LocalDate.of(2027, 4, 13), LocalDate.of(2027, 7, 13)), Ics.dates(retrospective, london));
	}

	/** The excerpt in docs/generators.md is real output: its lines (but "...") appear in this order. */
	@Test
	void theDocumentedExcerptIsRealOutput() throws IOException {
		String doc = Files.readString(Paths.get(System.getProperty("mentor.docs", "../docs")).resolve("generators.md"));
		int heading = doc.indexOf("### Excerpt: `examples/minimal.mentor`");
		assertTrue(heading >= 0, "the excerpt's heading is missing");
		int start = doc.indexOf("```text\n", heading) + "```text\n".length();
		List<String> excerpt = doc.substring(start, doc.indexOf("```", start)).lines().filter(l -> !l.startsWith("...")).toList();
		assertTrue(excerpt.size() > 20, "the excerpt is too short to say much");
		List<String> output = generator.calendar(agreements.get("minimal.mentor")).lines().toList();
		int at = 0;
		for (String line : excerpt) {
			int found = output.subList(at, output.size()).indexOf(line);
			assertTrue(found >= 0, "not in the output (after line " + at + "): " + line);
			at += found + 1;
		}
	}

	private static List<String> attendees(VEvent event) {
		return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
	}
}
