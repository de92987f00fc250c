package org.mentorship.benchmarks;

/** The baseline of the cold-start benchmark: a JVM that starts with the jar on its class path and exits. */
public final class EmptyMain {

	private EmptyMain() {
	}

	public static void main(String[] args) {
		// nothing: the time to get here is the cost of a bare JVM start
	}
}
