package org.mentorship.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.log4j.Appender;
import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * While a command runs, log lines (the libraries' warnings, our internal errors with their stack traces)
 * go to a log file instead of the terminal: the user sees findings ("internal error in ...") and at the
 * end one line that says where the details are. The file is created only when something is logged:
 * {@code mentor-<time>-<pid>.log} in the folder of {@code -Dmentor.log.dir}, else the system's temporary
 * folder.
 */
final class CliLog implements AutoCloseable {

	static final String DIR_PROPERTY = "mentor.log.dir";

	private final PrintWriter err;
	private final Appender stderr;
	private final FileAppender file = new FileAppender();

	private CliLog(PrintWriter err) {
		this.err = err;
		Logger root = Logger.getRootLogger();
		stderr = root.getAppender("stderr");
		if (stderr != null) {
			root.removeAppender(stderr);
		}
		root.addAppender(file);
	}

	/** Sends the log to a file until closed. */
	static CliLog toFile(PrintWriter err) {
		return new CliLog(err);
	}

	@Override
	public void close() {
		Logger root = Logger.getRootLogger();
		root.removeAppender(file);
		if (stderr != null) {
			root.addAppender(stderr);
		}
		file.close();
		if (file.path != null) {
			err.println("mentor: details for a bug report are in " + file.path);
		} else if (file.failed != null) {
			err.println("mentor: could not write the log file: " + file.failed);
		}
	}

	/** The log file, opened on the first event. */
	private static final class FileAppender extends AppenderSkeleton {
		Path path;
		String failed;
		private PrintWriter out;

		FileAppender() {
			setLayout(new PatternLayout("%d{ISO8601} %p %c - %m%n"));
			setName("mentorLogFile");
		}

		@Override
		protected synchronized void append(LoggingEvent event) {
			if (out == null && failed == null) {
				open();
			}
			if (out == null) {
				return;
			}
			out.print(layout.format(event));
			ThrowableInformation trace = event.getThrowableInformation();
			if (trace != null) {
				for (String line : trace.getThrowableStrRep()) {
					out.println(line);
				}
			}
			out.flush();
		}

		private void open() {
			String dir = System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir"));
			String name = "mentor-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
					+ ProcessHandle.current().pid() + ".log";
			try {
				Path target = Files.createDirectories(Path.of(dir)).resolve(name);
				out = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND), true);
				path = target;
			} catch (IOException | RuntimeException e) {
				failed = e.toString();
			}
		}

		@Override
		public synchronized void close() {
			if (out != null) {
				out.close();
			}
			closed = true;
		}

		@Override
		public boolean requiresLayout() {
			return true;
		}
	}
}
