package org.mentorship.dsl.ide.contentassist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one catalogue of skeletons: the goal and cadence templates of content assist (LSP snippets with tab stops)
 * and the whole new agreement or programme that editors' "New" wizards write. A skeleton never invents people:
 * the wizard passes the names the user typed, and nobody is recorded as having signed. The new agreement has
 * no errors or warnings; what only the pair can say (how much time the mentor gives) stays an info to fill in.
 */
public final class Skeletons {

	/** What the user tells a New Agreement wizard. */
	public record NewAgreement(String id, String title, String mentorId, String mentorName, String mentorEmail,
			String menteeId, String menteeName, String menteeEmail, LocalDate start, int months, String frequency,
			DayOfWeek day, String timeZone) {
	}

	public static final String[] FREQUENCIES = { "weekly", "biweekly", "monthly" };

	private Skeletons() {
	}

	/** A goal, as a snippet: name, outcome, a first milestone due at the given date, evidence and success. */
	public static String goalSnippet(LocalDate due) {
		return "goal ${1:name} \"${2:What the mentee will be able to do}\"\n"
				+ "  milestone \"${3:First step}\" due ${4:" + due + "}\n"
				+ "  evidence \"${5:what the mentee will share}\"\n"
				+ "  success at least ${6:1} \"${7:thing you can see or count}\"\n";
	}

	/** A cadence, as a snippet; in a programme it is a named default. */
	public static String cadenceSnippet(boolean named) {
		return "cadence" + (named ? " ${6:name}" : "") + "\n"
				+ "  ${1|" + String.join(",", FREQUENCIES) + "|} on ${2|Monday,Tuesday,Wednesday,Thursday,Friday|} at ${3:10:00} for ${4:60} minutes ${5|by video,in person|}\n";
	}

	/** A complete agreement that validates clean, for the facts given; the parties still have to sign. */
	public static String agreement(NewAgreement a) {
		LocalDate end = a.start().plusMonths(a.months()).minusDays(1);
		LocalDate firstMilestone = a.start().plusWeeks(4);
		LocalDate checkIn = a.start().plusDays((end.toEpochDay() - a.start().toEpochDay()) / 2);
		return "agreement " + a.id() + " " + quoted(a.title()) + "\n"
				+ "  from " + a.start() + " to " + end + "\n"
				+ "  time zone " + quoted(a.timeZone()) + "\n\n"
				+ "purpose " + quoted("Why " + a.menteeName() + " and " + a.mentorName() + " meet, in one or two sentences.") + "\n\n"
				+ "mentor " + a.mentorId() + " " + quoted(a.mentorName()) + email(a.mentorEmail()) + "\n"
				+ "mentee " + a.menteeId() + " " + quoted(a.menteeName()) + email(a.menteeEmail()) + "\n\n"
				+ "goal first-goal " + quoted("What " + a.menteeName() + " will be able to do by the end") + "\n"
				+ "  milestone \"A first step\" due " + firstMilestone + "\n"
				+ "  evidence \"notes from our meetings\" from " + a.menteeId() + "\n"
				+ "  success at least 1 \"step taken\"\n\n"
				+ "cadence\n"
				+ "  " + a.frequency() + " on " + a.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at 10:00 for 60 minutes by video\n\n"
				+ "boundaries\n"
				+ "  reply within 2 working days on \"e-mail\"\n\n"
				+ "ethics\n"
				+ "  confidentiality \"What we discuss stays between us unless we both agree otherwise.\"\n"
				+ "  consent \"We ask before sharing anything the other said or made.\"\n"
				+ "  conflicts of interest \"none declared\"\n\n"
				+ "check-in on " + checkIn + " \"Halfway: are the goals still right?\"\n\n"
				+ (a.months() > 3 ? "retrospective every 3 months starting " + a.start().plusMonths(3) + "\n\n" : "")
				+ "sign-off\n"
				+ "  " + a.mentorId() + " to sign\n"
				+ "  " + a.menteeId() + " to sign\n\n"
				+ "review on " + end.minusWeeks(2) + "\n";
	}

	/** A programme with its time zone and a default cadence and boundaries that agreements can refer to with {@code like}. */
	public static String programme(String id, String title, String timeZone) {
		return "programme " + id + " " + quoted(title) + "\n"
				+ "  time zone " + quoted(timeZone) + "\n\n"
				+ "cadence monthly-default\n"
				+ "  monthly on the second Tuesday at 17:00 for 60 minutes by video\n\n"
				+ "boundaries standard\n"
				+ "  reply within 3 working days on \"e-mail\"\n";
	}

	private static String email(String email) {
		return email == null || email.isBlank() ? "" : " email " + quoted(email.strip());
	}

	/** Text in the language's quotes: a double quote or backslash inside is escaped. */
	public static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
