package org.mentorship.dsl.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.mentorship.dsl.ui.MentorUi;
import org.mentorship.lsp.jface.LanguageServers;

/**
 * The editor's preferences (Window > Preferences > Mentorship). Whether Generate opens the summary it wrote is
 * the editor's own; the others are the language server's settings, the same as VS Code's {@code mentor.*}
 * settings: the output folder (empty: {@code generated/} beside each agreement; relative: to the project),
 * whether a save regenerates an agreement generated before, and a fixed "today" for the checks that depend on
 * the date (as {@code mentor validate --today}). They reach the in-process server as its initializationOptions
 * and, when changed, as workspace/didChangeConfiguration: a change applies at once, without a restart.
 */
public final class MentorPreferences {

	public static final String OPEN_SUMMARY = "openSummaryAfterGenerate";
	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String GENERATE_ON_SAVE = "generateOnSave";
	public static final String TODAY = "today";

	private static boolean listening;

	/** What the server was last sent: the page stores each field, and one change should make one reload. */
	private static Map<String, Object> sent;

	private MentorPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(MentorUi.PLUGIN_ID);
	}

	public static boolean openSummary() {
		return node().getBoolean(OPEN_SUMMARY, true);
	}

	/** The server's settings, in the shape the server reads (see the server's EditorSettings). */
	public static Map<String, Object> serverSettings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put(OUTPUT_FOLDER, node().get(OUTPUT_FOLDER, "").strip());
		settings.put(GENERATE_ON_SAVE, node().getBoolean(GENERATE_ON_SAVE, true));
		settings.put(TODAY, node().get(TODAY, "").strip());
		return settings;
	}

	/** From now on, a change of a server setting is sent to the running server (once per session). */
	public static synchronized void sendChangesToTheServer() {
		if (listening) {
			return;
		}
		listening = true;
		sent = serverSettings();
		node().addPreferenceChangeListener(event -> {
			Map<String, Object> settings = serverSettings();
			synchronized (MentorPreferences.class) {
				if (settings.equals(sent)) {
					return;
				}
				sent = settings;
			}
			LanguageServers.forContentType(Platform.getContentTypeManager().getContentType(MentorUi.CONTENT_TYPE))
					.ifPresent(server -> server.changeConfiguration(settings));
		});
	}
}
