package org.mentorship.dsl.validation;

/**
 * Every issue code of the .mentor language, in one place. Codes are stable: tools (CI, SARIF
 * consumers, quick fixes, severity overrides) refer to them.
 */
public final class IssueCodes {

	private static final String PREFIX = "mentor.";

	/** A sentence the parser could not read (see FriendlySyntaxErrors). */
	public static final String SYNTAX = PREFIX + "syntax";

	/** A name that does not refer to a declared party, goal, programme or programme default. */
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";

	public static final String DATE_FORMAT = PREFIX + "date.format";
	public static final String TIME_FORMAT = PREFIX + "time.format";
	public static final String DURATION_NOT_POSITIVE = PREFIX + "duration.not-positive";
	public static final String DURATION_WORKING_NOT_DAYS = PREFIX + "duration.working-not-days";
	public static final String DAY_OF_MONTH = PREFIX + "day-of-month";

	private IssueCodes() {
	}
}
