package org.mentorship.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the mentor command: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = MentorCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new CliRun(code, out.toString(), err.toString());
	}

	/** A run as if stdout and stderr were a terminal ({@code terminal}), with the given environment. */
	static CliRun of(java.util.Map<String, String> env, boolean terminal, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = MentorCli.run(new PrintWriter(out), new PrintWriter(err), env, terminal, args);
		return new CliRun(code, out.toString(), err.toString());
	}

	/** Output lines of stdout. */
	String[] lines() {
		return out.isEmpty() ? new String[0] : out.split("\\R");
	}
}
