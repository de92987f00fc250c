package org.mentorship.dsl.validation;

import java.util.concurrent.CancellationException;

import org.apache.log4j.Logger;

/**
 * What a front end says when a bug of ours (an exception in a rule, the linker, a generator) meets a
 * file: one finding "internal error in <rule>: <exception>" (code {@link IssueCodes#INTERNAL}) on that
 * file, while the other rules and files still report. The stack trace goes to the log only: the
 * command line writes its log to a file, the language server to the editor's log.
 *
 * The finding names the exception and at most the first line of its message, cut short; the log names
 * only the exceptions' classes: some library exceptions carry a whole document in their message (Xtext's
 * IndexOutOfBoundsException does), and no log line may repeat the user's text.
 */
public final class InternalErrors {

	/** Category of the log lines with the stack traces; tests and front ends look for it. */
	public static final Logger LOG = Logger.getLogger("org.mentorship.internal");

	static final int MAX_DETAIL = 120;

	private InternalErrors() {
	}

	/** "internal error in DataTypeValidator.notTooLong: ArithmeticException: / by zero; please report it". */
	public static String message(String where, Throwable problem) {
		return "internal error in " + where + ": " + describe(problem) + "; please report it";
	}

	/**
	 * The message, and the stack trace to the log: where, which file and the exceptions' classes, never
	 * their messages (they may quote the file, and a log may be shared in a bug report).
	 */
	public static String report(String where, Object file, Throwable problem) {
		LOG.error("internal error in " + where + ": " + problem.getClass().getSimpleName() + " (" + file + ")",
				withoutMessages(problem));
		return message(where, problem);
	}

	/** The same stack trace (causes included) with messages cut as in {@link #describe}. */
	static Throwable sanitised(Throwable problem) {
		return copy(problem, true);
	}

	/**
	 * The same stack trace (causes included) with no message at all, only the exceptions' classes: for the
	 * language server, where any message may quote the document being edited.
	 */
	public static Throwable withoutMessages(Throwable problem) {
		return copy(problem, false);
	}

	private static Throwable copy(Throwable problem, boolean messages) {
		Reported copy = new Reported(messages ? describe(problem) : problem.getClass().getName());
		copy.setStackTrace(problem.getStackTrace());
		if (problem.getCause() != null && problem.getCause() != problem) {
			copy.initCause(copy(problem.getCause(), messages));
		}
		return copy;
	}

	/** What the log shows in place of an exception: its class and the start of its message. */
	static final class Reported extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Reported(String message) {
			super(message);
		}
	}

	/** The exception's class and the start of its message's first line. */
	public static String describe(Throwable problem) {
		String detail = problem.getMessage();
		String name = problem.getClass().getSimpleName();
		if (detail == null || detail.isBlank()) {
			return name;
		}
		detail = detail.strip().lines().findFirst().orElse("");
		if (detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL) + "...";
		}
		return name + ": " + detail;
	}

	/**
	 * Exceptions that are not bugs and must travel on: an editor cancels work when the user types on
	 * (Xtext's OperationCanceledException/Error, Java's CancellationException).
	 */
	public static boolean mustPropagate(Throwable problem) {
		return problem instanceof CancellationException || problem.getClass().getName().contains("OperationCanceled");
	}
}
