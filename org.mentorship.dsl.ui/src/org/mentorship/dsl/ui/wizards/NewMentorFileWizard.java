package org.mentorship.dsl.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** A wizard that creates one .mentor file from a skeleton and opens it in the editor. */
abstract class NewMentorFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	protected WizardNewFileCreationPage file;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setNeedsProgressMonitor(true);
	}

	protected abstract String fileTitle();

	protected abstract String defaultFileName();

	/** The file's text; id is derived from the file's name. */
	protected abstract String contents(String id);

	@Override
	public void addPages() {
		file = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(contents(Names.id(getFileName().replaceFirst("\\.mentor$", "")))
						.getBytes(StandardCharsets.UTF_8));
			}
		};
		file.setTitle(fileTitle());
		file.setDescription("Choose the folder and the file's name; its name becomes the id.");
		file.setFileExtension("mentor");
		file.setFileName(defaultFileName());
		addPage(file);
	}

	@Override
	public boolean performFinish() {
		IFile created = file.createNewFile();
		if (created == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
		} catch (PartInitException e) {
			// the file exists; it opens from the Project Explorer
		}
		return true;
	}
}
