package org.mentorship.dsl.ui.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.mentorship.dsl.ui.MentorUi;

/** Window > Preferences > Mentorship. */
public class MentorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public MentorPreferencePage() {
		super(GRID);
		setDescription("Summaries and calendars go to the folder \"generated\" beside each agreement, unless an output"
				+ " folder is given. Changes apply at once.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, MentorUi.PLUGIN_ID));
		getPreferenceStore().setDefault(MentorPreferences.OPEN_SUMMARY, true);
		getPreferenceStore().setDefault(MentorPreferences.GENERATE_ON_SAVE, true);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(MentorPreferences.OPEN_SUMMARY, "&Open the summary after generating it",
				getFieldEditorParent()));
		addField(new StringFieldEditor(MentorPreferences.OUTPUT_FOLDER,
				"Output &folder (empty: \"generated\" beside each agreement; relative: to its project):", getFieldEditorParent()));
		addField(new BooleanFieldEditor(MentorPreferences.GENERATE_ON_SAVE,
				"&Generate on save (keeps the summary and calendar of an agreement generated before up to date)",
				getFieldEditorParent()));
		addField(new StringFieldEditor(MentorPreferences.TODAY, "&Today's date for checks (YYYY-MM-DD, empty: the real date):",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().strip();
				try {
					if (!value.isEmpty()) {
						LocalDate.parse(value);
					}
					return true;
				} catch (DateTimeParseException e) {
					setErrorMessage("Write the date as YYYY-MM-DD, e.g. 2027-03-01.");
					return false;
				}
			}
		});
	}
}
