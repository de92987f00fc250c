package org.mentorship.lsp.jface.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.mentorship.lsp.jface.assist.OpenDeclaration;

/** Open Declaration (F3) at the caret. */
public class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext.of(event).ifPresent(context -> OpenDeclaration.open(context.document(), context.offset()));
		return null;
	}
}
