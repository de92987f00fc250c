package org.mentorship.dsl.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.mentorship.dsl.model.Today;
import org.mentorship.dsl.ui.MentorUi;

/**
 * The editor's preferences (Window > Preferences > Mentorship): whether Generate opens the summary it wrote,
 * and a fixed "today" for the checks that depend on the date (overdue milestones, next meetings), as
 * {@code mentor validate --today} gives the command line: handy for demonstrations and tests.
 */
public final class MentorPreferences {

	public static final String OPEN_SUMMARY = "openSummaryAfterGenerate";
	public static final String TODAY = "today";

	private MentorPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(MentorUi.PLUGIN_ID);
	}

	public static boolean openSummary() {
		return node().getBoolean(OPEN_SUMMARY, true);
	}

	/** Makes the language's clock use the "today" preference (or the real date when it is empty). */
	public static void applyToday() {
		String today = node().get(TODAY, "").strip();
		if (today.isEmpty()) {
			System.clearProperty(Today.PROPERTY);
		} else {
			System.setProperty(Today.PROPERTY, today);
		}
	}
}
