package org.mentorship.lsp.jface.actions;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog: the new name, then OK (rename) or Preview (every change the server proposes, per file). */
public class RenameWizard extends RefactoringWizard {

	/** The new-name field, for tests and screenshots that drive the dialog. */
	public static final String NEW_NAME_FIELD = "org.mentorship.lsp.jface.rename.newName";

	public RenameWizard(LspRenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewNamePage((LspRenameRefactoring) getRefactoring()));
	}

	private static final class NewNamePage extends UserInputWizardPage {

		private final LspRenameRefactoring refactoring;

		NewNamePage(LspRenameRefactoring refactoring) {
			super("newName");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(2, false));
			new Label(page, SWT.NONE).setText("New name:");
			Text name = new Text(page, SWT.BORDER);
			name.setData(NEW_NAME_FIELD, Boolean.TRUE);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.oldName());
			name.selectAll();
			name.addModifyListener(e -> {
				refactoring.setNewName(name.getText().strip());
				setPageComplete(refactoring.checkNewName());
			});
			Label hint = new Label(page, SWT.WRAP);
			hint.setText("Every reference is renamed too, in every file. Preview shows each change before it is made.");
			hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			setPageComplete(false); // nothing to do until the name differs
			setControl(page);
			name.setFocus();
		}
	}
}
