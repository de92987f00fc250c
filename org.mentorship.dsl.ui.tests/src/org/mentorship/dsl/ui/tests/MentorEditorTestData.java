package org.mentorship.dsl.ui.tests;

/** Texts the editor tests and the benchmark share. */
final class MentorEditorTestData {

	/** A complete agreement without goals (ID is replaced); benchmarks add goals to reach a size. */
	static final String HEAD = """
			agreement ID "Growing into a tech lead"
			  from 2027-01-11 to 2027-12-17
			  time zone "Europe/Berlin"

			purpose "Grace wants to lead the payments team by the summer; Ada coaches her."

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			cadence
			  biweekly on Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			ethics
			  confidentiality "Stays between us."
			  consent "Ask before sharing work."
			  conflicts of interest "none declared"

			resources
			  ada offers 4 hours per month "feedback"

			retrospective every 3 months starting 2027-04-06

			sign-off
			  ada signed on 2027-01-11
			  grace signed on 2027-01-11

			review on 2027-12-01

			""";

	private MentorEditorTestData() {
	}
}
