package org.mentorship.dsl.ui.wizards;

import org.mentorship.dsl.ide.contentassist.Skeletons;

/** File > New > Mentorship Agreement: a complete agreement for the mentor, mentee and cadence given. */
public class NewAgreementWizard extends NewMentorFileWizard {

	private AgreementDetailsPage details;

	public NewAgreementWizard() {
		setWindowTitle("New Mentorship Agreement");
	}

	@Override
	public void addPages() {
		super.addPages();
		details = new AgreementDetailsPage();
		addPage(details);
	}

	@Override
	protected String fileTitle() {
		return "Mentorship agreement";
	}

	@Override
	protected String defaultFileName() {
		return "agreement.mentor";
	}

	@Override
	protected String contents(String id) {
		return Skeletons.agreement(details.facts(id));
	}

	@Override
	public boolean canFinish() {
		return file.isPageComplete() && details.isPageComplete();
	}
}
