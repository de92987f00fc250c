package org.mentorship.dsl.ui.editor;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Where the in-process server's log goes: Xtext and the server log through log4j 1.2, which nothing configures in
 * Eclipse, so its first event wrote "log4j:WARN No appenders could be found" to the terminal. Warnings and errors go
 * to the Error Log (Window > Show View > Error Log, .metadata/.log) instead; the rest is dropped, as `mentor lsp` does
 * without --log. A configuration of log4j made elsewhere (an appender on the root logger) is left alone.
 */
final class ServerLog extends AppenderSkeleton {

	private static final String BUNDLE = "org.mentorship.dsl.ui";

	private final ILog log = ILog.of(ServerLog.class);

	static synchronized void install() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			ServerLog appender = new ServerLog();
			appender.setThreshold(Level.WARN);
			root.addAppender(appender);
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
		log.log(new Status(severity, BUNDLE, event.getLoggerName() + ": " + event.getRenderedMessage(), thrown));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
	}
}
