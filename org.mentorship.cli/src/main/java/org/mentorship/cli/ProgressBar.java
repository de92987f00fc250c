package org.mentorship.cli;

import java.io.PrintWriter;

import org.mentorship.cli.check.AgreementChecker;

/**
 * A one-line progress bar on stderr for long runs of validate, fix, format and generate, when stderr is a
 * terminal; nothing at all when it goes to a pipe or a file (CI logs stay clean, JSON stays parseable).
 * Lines a command prints to stderr while the bar is shown go through {@link #println}, which clears the
 * bar first so the two never mix.
 */
final class ProgressBar implements AgreementChecker.Progress {

	/** Below this many files a run is over before a bar would help. */
	static final int MIN_FILES = 200;
	private static final long REDRAW_NANOS = 100_000_000L;
	private static final int WIDTH = 30;

	private final PrintWriter err;
	private final boolean shown;
	private final String unit;
	private long lastDraw;
	private boolean drawn;

	private ProgressBar(PrintWriter err, boolean shown, String unit) {
		this.err = err;
		this.shown = shown;
		this.unit = unit;
	}

	/** A bar for a run over {@code files} files: shown on a terminal for {@link #MIN_FILES} files or more. */
	static ProgressBar forRun(PrintWriter err, int files, Output output) {
		return forRun(err, files, output, "files");
	}

	static ProgressBar forRun(PrintWriter err, int files, Output output, String unit) {
		return new ProgressBar(err, output.progress && files >= MIN_FILES, unit);
	}

	@Override
	public synchronized void checked(int done, int total) {
		if (!shown) {
			return;
		}
		long now = System.nanoTime();
		if (done < total && now - lastDraw < REDRAW_NANOS) {
			return;
		}
		lastDraw = now;
		int filled = (int) ((long) WIDTH * done / Math.max(total, 1));
		err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + unit);
		drawn = true;
		if (done >= total) {
			clear();
		}
		err.flush();
	}

	/** Prints a line to stderr above the bar (the bar is redrawn with the next step). */
	synchronized void println(String line) {
		clear();
		err.println(line);
		lastDraw = 0;
	}

	private void clear() {
		if (drawn) {
			err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
			drawn = false;
		}
	}
}
