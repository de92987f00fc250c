package org.mentorship.dsl.generator.html;

/** Who a printed summary is for. Only the parties' copy shows the confidential notes. */
public enum Audience {
	/** The mentor, mentee and everyone else named in the agreement: the full text, confidential notes included. */
	PARTIES,
	/** The sponsor: everything except the confidential notes. */
	SPONSOR,
	/** The programme office: everything except the confidential notes. */
	PROGRAMME;

	public boolean seesConfidentialNotes() {
		return this == PARTIES;
	}
}
