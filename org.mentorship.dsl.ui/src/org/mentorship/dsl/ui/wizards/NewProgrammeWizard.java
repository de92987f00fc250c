package org.mentorship.dsl.ui.wizards;

import java.time.ZoneId;

import org.mentorship.dsl.ide.contentassist.Skeletons;

/** File > New > Mentorship Programme: programme defaults (time zone, cadence, boundaries) that agreements refer to. */
public class NewProgrammeWizard extends NewMentorFileWizard {

	public NewProgrammeWizard() {
		setWindowTitle("New Mentorship Programme");
	}

	@Override
	protected String fileTitle() {
		return "Mentorship programme";
	}

	@Override
	protected String defaultFileName() {
		return "programme.mentor";
	}

	@Override
	protected String contents(String id) {
		return Skeletons.programme(id, "Mentoring programme " + id, ZoneId.systemDefault().getId());
	}
}
