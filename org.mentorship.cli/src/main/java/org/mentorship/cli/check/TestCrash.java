package org.mentorship.cli.check;

import java.nio.file.Path;

/**
 * A way for tests to make one file crash in one phase, so that they can show that the other files are
 * still reported: {@code -Dmentor.test.crash=<file name>:<phase>} (phase: parsing, linking, validation,
 * generation, formatting). Unset, as in every real run, it does nothing. Real crashing inputs are fixed
 * once found, so a test cannot rely on one staying around.
 */
public final class TestCrash {

	static final String PROPERTY = "mentor.test.crash";

	private TestCrash() {
	}

	public static void at(Path file, String phase) {
		String crash = System.getProperty(PROPERTY);
		if (crash != null && crash.equals(file.getFileName() + ":" + phase)) {
			throw new IllegalStateException("crash for a test in " + phase);
		}
	}
}
