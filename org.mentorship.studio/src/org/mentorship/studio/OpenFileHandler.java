package org.mentorship.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open File (agreements anywhere on disk: opened where the workspace holds them, otherwise linked into the
 * workspace) and File > Open Folder (a folder becomes a project). Parameter-less: the command id decides.
 */
public class OpenFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		List<Path> paths = new ArrayList<>();
		if (StudioActionBarAdvisor.OPEN_FOLDER.equals(event.getCommand().getId())) {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText("Open Folder");
			dialog.setMessage("The folder becomes a project; its agreements are checked together.");
			String folder = dialog.open();
			if (folder != null) {
				paths.add(Path.of(folder));
			}
		} else {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
			dialog.setText("Open File");
			dialog.setFilterExtensions(new String[] { "*.mentor", "*.*" });
			dialog.setFilterNames(new String[] { "Agreements and programmes (*.mentor)", "All files" });
			if (dialog.open() != null) {
				for (String name : dialog.getFileNames()) {
					paths.add(Path.of(dialog.getFilterPath(), name));
				}
			}
		}
		if (!paths.isEmpty()) {
			StudioFiles.open(paths);
		}
		return null;
	}
}
