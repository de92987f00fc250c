package org.mentorship.dsl.generator;

import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.ics.CalendarGenerator;

/**
 * What to generate for an agreement. The defaults are what the parties want on save in an editor:
 * their own summary (with confidential notes) and a calendar to import.
 */
public record GenerationOptions(boolean html, boolean ics, Audience audience, CalendarGenerator.Method method) {

	public static final GenerationOptions DEFAULT = new GenerationOptions(true, true, Audience.PARTIES,
			CalendarGenerator.Method.PUBLISH);
}
