package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.mentorship.dsl.MentorStandaloneSetup;
import org.mentorship.dsl.generator.ics.CalendarGenerator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Injector;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.Configurator;

/**
 * The calendar generator outside OSGi, on the command's plain classpath (as in mentor.jar): ical4j
 * finds its configuration, its time zone definitions and its factories.
 */
class CalendarOnClasspathTest {

	@Test
	void ical4jReadsTheCommandsConfiguration() {
		assertEquals(Optional.of("false"), Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"));
	}

	@Test
	void everyExampleGivesAValidCalendar() throws Exception {
		Injector injector = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Paths.get(System.getProperty("mentor.examples", "../examples")))) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		}
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(set);
		CalendarGenerator generator = injector.getInstance(CalendarGenerator.class);
		int calendars = 0;
		for (Resource resource : set.getResources()) {
			if (((MentorFile) resource.getContents().get(0)).getDocument() instanceof Agreement agreement) {
				String ics = generator.calendar(agreement);
				Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
				assertFalse(calendar.validate().hasErrors(), resource.getURI().lastSegment());
				assertEquals(1, calendar.getComponents("VTIMEZONE").size(), resource.getURI().lastSegment());
				calendars++;
			}
		}
		assertTrue(calendars >= 4, "expected the four example agreements, found " + calendars);
	}
}
