package org.mentorship.dsl.ui;

/** Identifiers the plugin.xml and the code share. */
public final class MentorUi {

	public static final String PLUGIN_ID = "org.mentorship.dsl.ui";
	public static final String CONTENT_TYPE = "org.mentorship.dsl.ui.mentor";
	public static final String SERVER_ID = "mentor";
	public static final String GENERIC_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	private MentorUi() {
	}
}
