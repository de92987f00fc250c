package org.mentorship.dsl.validation;

/**
 * Every issue code of the .mentor language, in one place. Codes are stable: tools (CI, SARIF
 * consumers, quick fixes, severity overrides) refer to them. docs/rules.md lists each with its
 * severity, message, an example and its fix. "Data" says what the issue carries for its quick fix.
 */
public final class IssueCodes {

	private static final String PREFIX = "mentor.";

	// --- reading the file -------------------------------------------------------------------------

	/** A sentence the parser could not read (see FriendlySyntaxErrors). */
	public static final String SYNTAX = PREFIX + "syntax";
	/** A name that does not refer to a declared party, goal, programme or default. Data: the name. */
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";
	/** Two things of the same kind with one name. Data: the name. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	/** An agreement or programme id that another file has too (the index decides). Data: the id. */
	public static final String DUPLICATE_ID = PREFIX + "duplicate-id";

	public static final String DATE_FORMAT = PREFIX + "date.format";
	public static final String TIME_FORMAT = PREFIX + "time.format";
	public static final String DURATION_NOT_POSITIVE = PREFIX + "duration.not-positive";
	/** A meeting longer than a day, or any duration over ten years: a typo. */
	public static final String DURATION_TOO_LONG = PREFIX + "duration.too-long";
	public static final String DURATION_WORKING_NOT_DAYS = PREFIX + "duration.working-not-days";
	public static final String DAY_OF_MONTH = PREFIX + "day-of-month";
	/**
	 * A bug of ours met this file ("internal error in <rule>: ..."): the rule could not run, the other
	 * rules and files still report. See InternalErrors.
	 */
	public static final String INTERNAL = PREFIX + "internal";

	// --- required parts (on the agreement's id) ---------------------------------------------------

	public static final String MISSING_PURPOSE = PREFIX + "missing.purpose";
	public static final String MISSING_MENTOR = PREFIX + "missing.mentor";
	public static final String MISSING_MENTEE = PREFIX + "missing.mentee";
	/** Data: a suggested due date for the skeleton's milestone (start + 1 month, or empty). */
	public static final String MISSING_GOAL = PREFIX + "missing.goal";
	public static final String MISSING_CADENCE = PREFIX + "missing.cadence";
	public static final String MISSING_BOUNDARIES = PREFIX + "missing.boundaries";
	/** Data: the names of the mentor and the mentee (those declared). */
	public static final String MISSING_SIGN_OFF = PREFIX + "missing.sign-off";
	/** Data: the suggested review date (start + 3 months, not after the end). */
	public static final String MISSING_REVIEW = PREFIX + "missing.review";
	public static final String MISSING_TERM = PREFIX + "missing.term";
	public static final String MISSING_TIME_ZONE = PREFIX + "missing.time-zone";

	// --- parties ------------------------------------------------------------------------------------

	/** On a party's e-mail text that is not one address (Jakarta Mail's parser decides). */
	public static final String EMAIL_NOT_AN_ADDRESS = PREFIX + "party.email";

	// --- goals (on the goal's name) ---------------------------------------------------------------

	/** Data: a suggested due date (start + 1 month, or empty). */
	public static final String GOAL_NO_MILESTONE = PREFIX + "goal.no-milestone";
	public static final String GOAL_NO_EVIDENCE = PREFIX + "goal.no-evidence";
	public static final String GOAL_NOT_MEASURABLE = PREFIX + "goal.not-measurable";
	/** On a criterion that is met from the start (at least 0) or can never be met (rated 6 out of 5). */
	public static final String GOAL_UNREACHABLE = PREFIX + "goal.unreachable";
	/** Data: the vague word found. */
	public static final String GOAL_VAGUE = PREFIX + "goal.vague";

	// --- dates --------------------------------------------------------------------------------------

	/** On the end date. Data: the start text, the end text. */
	public static final String TERM_END_BEFORE_START = PREFIX + "term.end-before-start";
	/** A date before the agreement starts. */
	public static final String DATE_BEFORE_START = PREFIX + "date.before-start";
	/** A date after the agreement ends. */
	public static final String DATE_AFTER_END = PREFIX + "date.after-end";
	/** On the review date. Data: the end date. */
	public static final String REVIEW_AFTER_END = PREFIX + "review.after-end";
	/** On the milestone's due date. Data: days overdue. */
	public static final String MILESTONE_OVERDUE = PREFIX + "milestone.overdue";

	// --- rhythm -------------------------------------------------------------------------------------

	/** On the agreement's id. Data: the middle date of the term. */
	public static final String NO_MID_COURSE_CHECK_IN = PREFIX + "check-in.mid-course-missing";
	/** On the agreement's id. Data: the suggested first retrospective date (start + 3 months). */
	public static final String NO_RETROSPECTIVE = PREFIX + "retrospective.missing";
	/** On the "every" duration of a retrospective, or on a retrospective too far from the previous. */
	public static final String RETROSPECTIVE_INTERVAL = PREFIX + "retrospective.interval";

	// --- cadence and resources ------------------------------------------------------------------------

	/** On the day of a schedule: "weekly on day 15", "monthly on Tuesday". */
	public static final String CADENCE_DAY_MISMATCH = PREFIX + "cadence.day-mismatch";
	/**
	 * On the day (or the frequency) of "monthly on day 29/30/31" when a month of the term lacks that day.
	 * Data: the day.
	 */
	public static final String MONTH_END = PREFIX + "cadence.month-end";
	/** On a skipped date that is not a meeting day of the cadence. */
	public static final String SKIP_NOT_A_MEETING = PREFIX + "cadence.skip-not-a-meeting";
	/** On the period of a time commitment that is not a week or a month ("per minute"). */
	public static final String COMMITMENT_PERIOD = PREFIX + "budget.period";

	/**
	 * On the cadence's frequency. Data: mentor name, hours needed per month, hours committed per
	 * month, a lower frequency that fits (or empty), a session length in minutes that fits (or empty).
	 */
	public static final String TIME_BUDGET_EXCEEDED = PREFIX + "budget.exceeded";
	/** On the mentor's name: no "offers N hours per month". */
	public static final String TIME_BUDGET_MISSING = PREFIX + "budget.missing";

	// --- boundaries and ethics ----------------------------------------------------------------------

	/** On the boundaries keyword. */
	public static final String NO_RESPONSE_TIME = PREFIX + "boundaries.no-response-time";
	/** On the ethics keyword, or on the agreement's id when there is no ethics section. */
	public static final String NO_CONFIDENTIALITY = PREFIX + "ethics.no-confidentiality";
	public static final String NO_CONSENT = PREFIX + "ethics.no-consent";
	public static final String NO_CONFLICT_OF_INTEREST = PREFIX + "ethics.no-conflict-of-interest";

	// --- sign-off -----------------------------------------------------------------------------------

	/** On the sign-off keyword. Data: the party's name. */
	public static final String SIGN_OFF_PARTY_MISSING = PREFIX + "sign-off.party-missing";
	/** On a signature still "to sign". */
	public static final String NOT_SIGNED = PREFIX + "sign-off.not-signed";
	/** On the change's date. Data: the change date, the last signature date. */
	public static final String CHANGED_AFTER_SIGN_OFF = PREFIX + "sign-off.changed-after";

	// --- plain language -----------------------------------------------------------------------------

	/** On the word inside a text. Data: the word, the plainer replacement. */
	public static final String JARGON = PREFIX + "plain.jargon";
	/** On the text. Data: the number of words in the sentence. */
	public static final String LONG_SENTENCE = PREFIX + "plain.long-sentence";
	/** On the agreement's id. Data: the estimated number of printed pages. */
	public static final String TOO_LONG = PREFIX + "length.over-two-pages";

	// --- time zone ----------------------------------------------------------------------------------

	/** On the time zone text. Data: the closest known zone id (or empty). */
	public static final String UNKNOWN_TIME_ZONE = PREFIX + "time-zone.unknown";
	/** On the meeting time: on a daylight-saving change day it does not exist. Data: the date. */
	public static final String DST_GAP = PREFIX + "cadence.dst-gap";
	/** On the meeting time: on a daylight-saving change day it happens twice. Data: the date. */
	public static final String DST_OVERLAP = PREFIX + "cadence.dst-overlap";

	// --- placeholders ---------------------------------------------------------------------------------

	/** On a text that is still a placeholder: "Full Name", name@example.org, TODO, empty quotes (issue 12). */
	public static final String PLACEHOLDER = PREFIX + "placeholder";

	// --- programme ------------------------------------------------------------------------------------

	/** On a severity line naming a rule that does not exist or cannot be changed. */
	public static final String UNKNOWN_RULE = PREFIX + "programme.unknown-rule";

	private IssueCodes() {
	}

	/** Every code above, for documentation and for checking a programme's severity lines. */
	public static java.util.List<String> all() {
		java.util.List<String> codes = new java.util.ArrayList<>();
		for (java.lang.reflect.Field field : IssueCodes.class.getFields()) {
			if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return codes;
	}

	/**
	 * Problems of reading the file itself keep their severity: a programme cannot make a syntax
	 * error, an unknown name or an impossible date acceptable.
	 */
	public static boolean isFixedSeverity(String code) {
		return code.equals(SYNTAX) || code.equals(UNRESOLVED_REFERENCE) || code.equals(DATE_FORMAT)
				|| code.equals(TIME_FORMAT) || code.equals(INTERNAL) || code.startsWith("org.eclipse.xtext");
	}
}
