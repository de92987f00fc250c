package org.mentorship.dsl.tests.robustness;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/** Collects the log lines of level error and up while attached (Xtext logs the exceptions it swallows). */
final class ErrorLog extends AppenderSkeleton {
	private final List<String> errors = new ArrayList<>();

	static ErrorLog attach() {
		ErrorLog log = new ErrorLog();
		Logger.getRootLogger().addAppender(log);
		return log;
	}

	void detach() {
		Logger.getRootLogger().removeAppender(this);
	}

	java.util.Optional<String> first() {
		return errors.stream().findFirst();
	}

	@Override
	protected void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			errors.add(event.getRenderedMessage() + (event.getThrowableInformation() == null ? ""
					: ": " + event.getThrowableInformation().getThrowable()));
		}
	}

	@Override
	public void close() {
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
