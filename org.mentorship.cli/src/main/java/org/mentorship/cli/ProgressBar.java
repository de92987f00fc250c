package org.mentorship.cli;

import java.io.PrintWriter;

import org.mentorship.cli.check.AgreementChecker;

/**
 * A one-line progress bar on the terminal for long runs; nothing at all when output goes to a pipe
 * or a file (CI logs stay clean, JSON stays parseable).
 */
final class ProgressBar implements AgreementChecker.Progress {

	/** Below this many files a run is over before a bar would help. */
	static final int MIN_FILES = 200;
	private static final long REDRAW_NANOS = 100_000_000L;

	private final PrintWriter err;
	private long lastDraw;

	private ProgressBar(PrintWriter err) {
		this.err = err;
	}

	static AgreementChecker.Progress forRun(PrintWriter err, int files) {
		boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
		return terminal && files >= MIN_FILES ? new ProgressBar(err) : AgreementChecker.Progress.NONE;
	}

	@Override
	public synchronized void checked(int done, int total) {
		long now = System.nanoTime();
		if (done < total && now - lastDraw < REDRAW_NANOS) {
			return;
		}
		lastDraw = now;
		int width = 30;
		int filled = (int) ((long) width * done / total);
		err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " files");
		if (done == total) {
			err.print("\r" + " ".repeat(width + 30) + "\r");
		}
		err.flush();
	}
}
