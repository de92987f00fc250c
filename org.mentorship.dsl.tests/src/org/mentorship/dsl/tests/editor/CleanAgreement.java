package org.mentorship.dsl.tests.editor;

/** A complete agreement without findings (its dates are in 2030, so no milestone is overdue while the tests live). */
public final class CleanAgreement {

	/** Each test that needs a finding breaks one thing in it. */
	public static final String TEXT = """
			agreement ada-grace "Growing into a tech lead"
			  from 2030-01-07 to 2030-06-28
			  time zone "Europe/Berlin"

			purpose "Grace wants to lead design reviews by the summer."

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			goal reviews "Lead three design reviews"
			  milestone "Shadow a review" due 2030-02-15
			  evidence "review notes" from grace
			  success at least 3 "reviews led"

			cadence
			  monthly on the first Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			check-in on 2030-04-01 "Halfway: are the goals still right?"

			retrospective every 3 months starting 2030-04-07
			  prompt "What helped you grow this period?"

			ethics
			  confidentiality "What we discuss stays between us."
			  consent "Ada asks before sharing Grace's work."
			  conflicts of interest "none declared"

			resources
			  ada offers 3 hours per month "sessions"

			sign-off
			  ada signed on 2030-01-07
			  grace signed on 2030-01-07

			review on 2030-06-01
			""";


	private CleanAgreement() {
	}
}
