package org.mentorship.lsp.jface.actions;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionRelevance;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.mentorship.lsp.jface.LanguageServers;

/** One code action as a marker resolution: its edit applied as one undoable change, then its command, if any. */
final class CodeActionResolution implements IMarkerResolution2, IMarkerResolutionRelevance {

	private final CodeAction action;
	private final int relevance;

	CodeActionResolution(CodeAction action, int relevance) {
		this.action = action;
		this.relevance = relevance;
	}

	@Override
	public String getLabel() {
		return action.getTitle();
	}

	@Override
	public String getDescription() {
		return Boolean.TRUE.equals(action.getIsPreferred()) ? action.getTitle() + " (preferred fix)" : action.getTitle();
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
	}

	@Override
	public int getRelevanceForResolution() {
		return relevance;
	}

	@Override
	public void run(IMarker marker) {
		if (action.getEdit() != null) {
			WorkspaceEdits.apply(action.getEdit(), action.getTitle());
		}
		if (action.getCommand() != null && marker.getResource() instanceof org.eclipse.core.resources.IFile file) {
			LanguageServers.forFile(file).ifPresent(connection -> connection.request(server -> server.getWorkspaceService()
					.executeCommand(new ExecuteCommandParams(action.getCommand().getCommand(), action.getCommand().getArguments()))));
		}
	}
}
