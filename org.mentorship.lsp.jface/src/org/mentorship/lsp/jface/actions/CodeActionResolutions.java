package org.mentorship.lsp.jface.actions;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.mentorship.lsp.jface.diagnostics.CodeActions;

/**
 * Quick fixes of a problem marker: the server's code actions kept on the marker. Registered for the glue's
 * marker type, this serves both Ctrl+1 in the editor (the Generic Editor offers marker resolutions at the caret)
 * and Quick Fix in the Problems view, also for files that are not open.
 */
public final class CodeActionResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !CodeActions.of(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		List<CodeAction> actions = CodeActions.of(marker);
		IMarkerResolution[] resolutions = new IMarkerResolution[actions.size()];
		for (int i = 0; i < resolutions.length; i++) {
			resolutions[i] = new CodeActionResolution(actions.get(i), resolutions.length - i);
		}
		return resolutions;
	}
}
