package org.mentorship.dsl.values;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day on the 24-hour clock ("10:00", "9:30"); the grammar also reads "9.30" so that this class can say how to write it. */
public final class ClockTimes {

	private static final Pattern HOUR_MINUTE = Pattern.compile("(\\d{1,2}):(\\d{2})");

	private ClockTimes() {
	}

	public static Optional<LocalTime> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = HOUR_MINUTE.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(m.group(1));
		int minute = Integer.parseInt(m.group(2));
		return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
	}

	/** Why the text is not a time of day, or empty when it is one. */
	public static Optional<String> problem(String text) {
		if (text == null || parse(text).isPresent()) {
			return Optional.empty();
		}
		Optional<String> colon = withColon(text);
		if (colon.isPresent()) {
			return Optional.of("'" + text + "' is not written as a time: write hours and minutes with a colon, " + colon.get() + ".");
		}
		if (!HOUR_MINUTE.matcher(text).matches()) {
			return Optional.of("'" + text + "' is not written as a time: write hours and minutes, e.g. 09:30 or 14:00.");
		}
		return Optional.of(text + " is not a time of day: use the 24-hour clock, from 00:00 to 23:59.");
	}

	private static final Pattern WITH_DOT = Pattern.compile("(\\d{1,2})\\.(\\d{2})");

	/** "9.30" (as written in much of Europe) with a colon, "09:30", when it is a time of day; else empty. */
	public static Optional<String> withColon(String text) {
		Matcher m = text == null ? null : WITH_DOT.matcher(text);
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		String time = String.format("%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
		return parse(time).map(valid -> time);
	}
}
