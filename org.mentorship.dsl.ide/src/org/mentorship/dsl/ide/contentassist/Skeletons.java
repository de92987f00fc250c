package org.mentorship.dsl.ide.contentassist;

import static org.mentorship.dsl.formatting2.Layout.INDENT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The one catalogue of skeletons: the goal and cadence templates of content assist (LSP snippets with tab stops),
 * the sections and clauses quick fixes add, the whole new agreement or programme that editors' "New" wizards
 * write, and the VS Code snippets (written from here by SnippetsTest). A skeleton never invents people: the
 * wizard passes the names the user typed, and nobody is recorded as having signed. The new agreement has no
 * errors or warnings; what only the pair can say (how much time the mentor gives) stays an info to fill in.
 * Each text is written once, with its replaceable values as {@link Slots}, so a snippet and the plain text
 * are the same words.
 */
public final class Skeletons {

	/** What the user tells a New Agreement wizard. */
	public record NewAgreement(String id, String title, String mentorId, String mentorName, String mentorEmail,
			String menteeId, String menteeName, String menteeEmail, LocalDate start, int months, String frequency,
			DayOfWeek day, String timeZone) {
	}

	public static final String[] FREQUENCIES = { "weekly", "biweekly", "monthly" };
	private static final String[] WORKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

	/**
	 * A purpose where nobody's name is known (a quick fix): it speaks to both parties. A new agreement's purpose
	 * names them instead.
	 */
	public static final String PURPOSE = "purpose \"What both of you want to achieve, and why it matters.\"";
	public static final String RESPONSE_TIME = "reply within 2 working days on \"e-mail\"";
	public static final String CONFIDENTIALITY =
			"confidentiality \"What we discuss stays between us unless we both agree otherwise.\"";
	public static final String CONSENT = "consent \"We ask before using each other's work as an example anywhere else.\"";
	public static final String CONFLICT_OF_INTEREST = "conflicts of interest \"none declared\"";
	public static final String CHECK_IN_QUESTION = "\"Recalibrate the goals: what changed?\"";
	public static final String RETROSPECTIVE_PROMPT = "prompt \"What helped you grow this period?\"";
	/** The cadence a quick fix adds, where nobody chose one yet: every other week, the middle of the frequencies. */
	public static final String DEFAULT_CADENCE = cadence(Slots.PLAIN, "biweekly", "Tuesday", null);

	private Skeletons() {
	}

	/** A goal, as a snippet: name, outcome, a first milestone due at the given date, evidence and success. */
	public static String goalSnippet(LocalDate due) {
		return goal(Slots.tabStops(), "name", due.toString()) + "\n";
	}

	/** A goal a quick fix adds: with a first milestone when its due date is known (else {@code due} is empty). */
	public static String goal(String name, String due) {
		return goal(Slots.PLAIN, name, due);
	}

	private static String goal(Slots s, String name, String due) {
		return "goal " + s.value("name", name) + " \"" + s.value("outcome", "What the mentee will be able to do") + "\""
				+ (due.isEmpty() ? "" : "\n" + INDENT + milestone(s, due))
				+ "\n" + INDENT + evidence(s) + "\n" + INDENT + success(s);
	}

	public static String milestone(String due) {
		return milestone(Slots.PLAIN, due);
	}

	private static String milestone(Slots s, String due) {
		return "milestone \"" + s.value("step", "First step") + "\" due " + s.value("due", due);
	}

	public static String evidence() {
		return evidence(Slots.PLAIN);
	}

	private static String evidence(Slots s) {
		return "evidence \"" + s.value("evidence", "what the mentee will share") + "\"";
	}

	public static String success() {
		return success(Slots.PLAIN);
	}

	private static String success(Slots s) {
		return "success at least " + s.value("count", "1") + " \"" + s.value("success", "thing you can see or count") + "\"";
	}

	/** A cadence, as a snippet; in a programme it is a named default. */
	public static String cadenceSnippet(boolean named) {
		return cadence(Slots.tabStops(), FREQUENCIES[0], WORKDAYS[0], named ? "name" : null) + "\n";
	}

	/** {@code name} null: an agreement's own cadence. */
	private static String cadence(Slots s, String frequency, String day, String name) {
		String line = s.choice("frequency", frequency, FREQUENCIES) + " on " + s.choice("day", day, WORKDAYS) + " at "
				+ s.value("time", "10:00") + " for " + s.value("minutes", "60") + " minutes " + s.choice("how", "by video", "in person");
		return "cadence" + (name == null ? "" : " " + s.value("name", name)) + "\n" + INDENT + line;
	}

	public static String boundaries() {
		return "boundaries\n" + INDENT + RESPONSE_TIME;
	}

	public static String checkIn(String date) {
		return "check-in on " + date + " " + CHECK_IN_QUESTION;
	}

	public static String retrospective(String start) {
		return "retrospective every 3 months starting " + start + "\n" + INDENT + RETROSPECTIVE_PROMPT;
	}

	/** A sign-off where each party named still has to sign. */
	public static String signOff(List<String> parties) {
		StringBuilder signOff = new StringBuilder("sign-off");
		parties.forEach(party -> signOff.append("\n").append(INDENT).append(party).append(" to sign"));
		return signOff.toString();
	}

	public static String review(String date) {
		return "review on " + date;
	}

	/** A complete agreement that validates clean, for the facts given; the parties still have to sign. */
	public static String agreement(NewAgreement a) {
		return agreement(Slots.PLAIN, a);
	}

	/** The new agreement as a snippet, its facts the example values of its tab stops. */
	public static String agreementSnippet(NewAgreement example) {
		return agreement(Slots.tabStops(), example);
	}

	/** The slots are made in the order of the text, which is the order the editor's Tab visits them. */
	private static String agreement(Slots s, NewAgreement a) {
		LocalDate end = a.start().plusMonths(a.months()).minusDays(1);
		String purpose = "Why " + a.menteeName() + " and " + a.mentorName() + " meet, in one or two sentences.";
		String head = "agreement " + s.value("id", a.id()) + " " + quoted(s, "title", a.title()) + "\n"
				+ INDENT + "from " + s.value("start", a.start().toString()) + " to " + s.value("end", end.toString()) + "\n"
				+ INDENT + "time zone " + quoted(s, "zone", a.timeZone()) + "\n\n"
				+ "purpose " + quoted(s, "purpose", purpose) + "\n\n";
		String parties = "mentor " + s.value("mentorId", a.mentorId()) + " " + quoted(s, "mentorName", a.mentorName())
				+ email(s, "mentorEmail", a.mentorEmail()) + "\n"
				+ "mentee " + s.value("menteeId", a.menteeId()) + " " + quoted(s, "menteeName", a.menteeName())
				+ email(s, "menteeEmail", a.menteeEmail()) + "\n\n";
		// the new file's goal names the mentee and who shares the evidence, which a template cannot know
		String goal = "goal " + s.value("goal", "first-goal") + " "
				+ quoted(s, "outcome", "What " + a.menteeName() + " will be able to do by the end") + "\n"
				+ INDENT + "milestone " + quoted(s, "step", "A first step") + " due " + s.value("due", a.start().plusWeeks(4).toString()) + "\n"
				+ INDENT + "evidence " + quoted(s, "evidence", "notes from our meetings") + " from " + s.value("menteeId", a.menteeId()) + "\n"
				+ INDENT + "success at least " + s.value("count", "1") + " " + quoted(s, "success", "step taken") + "\n\n";
		String cadence = cadence(s, a.frequency(), a.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH), null) + "\n\n";
		String middle = a.start().plusDays((end.toEpochDay() - a.start().toEpochDay()) / 2).toString();
		String rhythm = checkIn(s.value("checkIn", middle)) + "\n\n"
				+ (a.months() > 3 ? retrospective(s.value("retrospective", a.start().plusMonths(3).toString())) + "\n\n" : "");
		return head + parties + goal + cadence + boundaries() + "\n\n"
				+ "ethics\n" + INDENT + CONFIDENTIALITY + "\n" + INDENT + CONSENT + "\n" + INDENT + CONFLICT_OF_INTEREST + "\n\n"
				+ rhythm
				+ signOff(List.of(s.value("mentorId", a.mentorId()), s.value("menteeId", a.menteeId()))) + "\n\n"
				+ review(s.value("review", end.minusWeeks(2).toString())) + "\n";
	}

	/** A programme with its time zone and a default cadence and boundaries that agreements can refer to with {@code like}. */
	public static String programme(String id, String title, String timeZone) {
		return "programme " + id + " " + quoted(title) + "\n"
				+ INDENT + "time zone " + quoted(timeZone) + "\n\n"
				+ "cadence monthly-default\n"
				+ INDENT + "monthly on the second Tuesday at 17:00 for 60 minutes by video\n\n"
				+ "boundaries standard\n"
				+ INDENT + RESPONSE_TIME + "\n";
	}

	private static String email(Slots s, String slot, String email) {
		return email == null || email.isBlank() ? "" : " email " + quoted(s, slot, email.strip());
	}

	private static String quoted(Slots s, String slot, String text) {
		return "\"" + s.value(slot, escaped(text)) + "\"";
	}

	/** Text in the language's quotes: a double quote or backslash inside is escaped. */
	public static String quoted(String text) {
		return "\"" + escaped(text) + "\"";
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
