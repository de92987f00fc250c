package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Proves ical4j 4.4.0 and its dependencies resolve and work as OSGi bundles from the target platform
 * (its property/component factories are found through java.util.ServiceLoader inside its bundle).
 */
public class Ical4jSmokeTest {

	@Test
	public void parsesAndValidatesAnEvent() throws Exception {
		String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//mentorship.org//tests//EN",
				"BEGIN:VEVENT", "UID:1@mentorship.org", "DTSTAMP:20250101T000000Z", "DTSTART:20250110T100000Z",
				"DTEND:20250110T110000Z", "SUMMARY:Session 1", "END:VEVENT", "END:VCALENDAR", "");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		ValidationResult result = calendar.validate();
		assertFalse(result.hasErrors(), result::toString);
		assertEquals(1, calendar.getComponents().size());
		VEvent event = (VEvent) calendar.getComponents().get(0);
		assertTrue(event.getProperty("SUMMARY").orElseThrow() instanceof Summary, "SUMMARY not parsed by its factory");
	}
}
