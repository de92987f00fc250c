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
		setDescription("Summaries and calendars are written to the folder \"generated\" beside the agreements' project.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, MentorUi.PLUGIN_ID));
		getPreferenceStore().setDefault(MentorPreferences.OPEN_SUMMARY, true);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(MentorPreferences.OPEN_SUMMARY, "&Open the summary after generating it",
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

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		MentorPreferences.applyToday();
		return ok;
	}
}
