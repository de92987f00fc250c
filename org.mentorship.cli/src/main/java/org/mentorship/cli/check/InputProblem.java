package org.mentorship.cli.check;

/** A problem with what the user asked for (a path that does not exist, ...): exit code 2. */
public class InputProblem extends Exception {

	private static final long serialVersionUID = 1L;

	public InputProblem(String message) {
		super(message);
	}
}
