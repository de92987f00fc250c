package org.mentorship.cli;

/** Counts in the command line's English: "1 file", "3 files", "0 errors". */
final class Words {

	private Words() {
	}

	static String plural(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}
}
