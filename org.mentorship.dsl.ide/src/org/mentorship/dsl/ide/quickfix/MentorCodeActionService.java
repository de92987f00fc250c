package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.inject.Inject;

/**
 * Quick fixes as LSP code actions, with the best one marked preferred ({@code isPreferred}), so an
 * editor can apply it with one key ("auto fix") and {@code mentor fix} knows which one to apply.
 *
 * Xtext 2.42 has no notion of a preferred resolution, and its QuickFixCodeActionService sorts the
 * resolutions by label. This service keeps the order the quick-fix provider offers them in instead:
 * <b>the first resolution offered for a diagnostic is the preferred one</b>. A resolution that
 * produces no edit is left out.
 */
public class MentorCodeActionService extends QuickFixCodeActionService {

	@Inject
	private IQuickFixProvider quickfixes;

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		boolean preferredGiven = false;
		for (DiagnosticResolution resolution : quickfixes.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			if (edit == null) {
				continue;
			}
			CodeAction action = new CodeAction(resolution.getLabel());
			action.setKind(CodeActionKind.QuickFix);
			action.setDiagnostics(List.of(diagnostic));
			action.setEdit(edit);
			if (!preferredGiven && MentorQuickfixProvider.mayBePreferred(resolution.getLabel())) {
				action.setIsPreferred(true);
				preferredGiven = true;
			}
			actions.add(Either.forRight(action));
		}
		return actions;
	}
}
