package org.mentorship.dsl.tests;

/** Text blocks shared by the tests: a header and the two parties most snippets refer to. */
final class FixtureParties {

	static final String HEADER = "agreement x \"X\"\n";

	static final String ADA_AND_GRACE = """
			mentor ada "Ada Lovelace"
			mentee grace "Grace Hopper"
			""";

	private FixtureParties() {
	}
}
