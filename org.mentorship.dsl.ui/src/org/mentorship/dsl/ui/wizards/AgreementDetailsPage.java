package org.mentorship.dsl.ui.wizards;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.mentorship.dsl.ide.contentassist.Skeletons;

/** Who mentors whom, from when, and how often they meet: the facts a new agreement starts from. */
final class AgreementDetailsPage extends WizardPage {

	Text title;
	Text mentorName;
	Text mentorEmail;
	Text menteeName;
	Text menteeEmail;
	Text start;
	Spinner months;
	Combo frequency;
	Combo day;
	Text timeZone;

	AgreementDetailsPage() {
		super("details");
		setTitle("Mentor, mentee and meetings");
		setDescription("The agreement starts with these facts; everything else you write in the editor.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		title = text(page, "&Title:", "");
		mentorName = text(page, "M&entor's full name:", "");
		mentorEmail = text(page, "Mentor's e-&mail (optional):", "");
		menteeName = text(page, "Me&ntee's full name:", "");
		menteeEmail = text(page, "Mentee's e-ma&il (optional):", "");
		start = text(page, "&Starts on (YYYY-MM-DD):", LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString());
		new Label(page, SWT.NONE).setText("&Lasts (months):");
		months = new Spinner(page, SWT.BORDER);
		months.setValues(6, 1, 36, 0, 1, 3);
		new Label(page, SWT.NONE).setText("&Meets:");
		frequency = combo(page, Skeletons.FREQUENCIES);
		new Label(page, SWT.NONE).setText("On &day:");
		String[] days = new String[5];
		for (int i = 0; i < 5; i++) {
			days[i] = DayOfWeek.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		}
		day = combo(page, days);
		timeZone = text(page, "Time &zone:", ZoneId.systemDefault().getId());
		for (Text field : new Text[] { title, mentorName, mentorEmail, menteeName, menteeEmail, start, timeZone }) {
			field.addModifyListener(e -> validate());
		}
		setControl(page);
		validate();
	}

	private static Text text(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private static Combo combo(Composite page, String[] items) {
		Combo combo = new Combo(page, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		return combo;
	}

	private void validate() {
		String problem = null;
		if (title.getText().isBlank()) {
			problem = "Give the agreement a title, e.g. \"Growing into a tech lead\".";
		} else if (mentorName.getText().isBlank() || menteeName.getText().isBlank()) {
			problem = "Name the mentor and the mentee as they should appear in the agreement.";
		} else if (Names.party(mentorName.getText()).equals(Names.party(menteeName.getText()))) {
			problem = "The mentor's and the mentee's first names are the same: the agreement needs two different names.";
		} else if (startDate() == null) {
			problem = "Write the start date as YYYY-MM-DD.";
		} else if (!ZoneId.getAvailableZoneIds().contains(timeZone.getText().strip())) {
			problem = "Name a time zone like Europe/Berlin or America/Chicago.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private LocalDate startDate() {
		try {
			return LocalDate.parse(start.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	Skeletons.NewAgreement facts(String id) {
		return new Skeletons.NewAgreement(id, title.getText().strip(), Names.party(mentorName.getText()), mentorName.getText().strip(),
				mentorEmail.getText().strip(), Names.party(menteeName.getText()), menteeName.getText().strip(),
				menteeEmail.getText().strip(), startDate(), months.getSelection(), frequency.getText(),
				DayOfWeek.of(day.getSelectionIndex() + 1), timeZone.getText().strip());
	}
}
