package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.TextEditAcceptor;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The fixes of the {@link FixTable} as LSP code actions: a {@code quickfix} per fix of each
 * diagnostic the editor asks about, the best one marked preferred ({@code isPreferred}, what an editor
 * applies with one key), and when asked for ({@code only} names {@code source} or
 * {@value #SOURCE_FIX_ALL}) one {@code source.fixAll} action: the preferred fixes of the whole
 * document that {@link FixAll} applies together, as VS Code's "Fix all" and
 * {@code editor.codeActionsOnSave} request it.
 *
 * Quick fixes come in the order the fix offers them (Xtext's own service sorts them by label): <b>the
 * first fix that may be preferred is the preferred one</b>. A fix without edits is left out.
 */
public class MentorCodeActionService implements ICodeActionService2 {

	/** LSP's kind for fixing everything that can be fixed safely (lsp4j 0.x has no constant for it). */
	public static final String SOURCE_FIX_ALL = CodeActionKind.Source + ".fixAll";

	// created on the first request: Xtext creates this service at start-up only to see that there is one
	@Inject
	private Provider<FixTable> table;

	@Inject
	private Provider<IssueFixes> issueFixes;

	@Inject
	private Provider<FixAll> fixAll;

	@Inject
	private IResourceValidator validator;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		CodeActionContext request = options.getCodeActionParams().getContext();
		if (request == null) { // a client that breaks the protocol: nothing to answer
			return List.of();
		}
		List<String> only = request.getOnly();
		boolean quickFixes = only == null || only.isEmpty() || only.contains(CodeActionKind.QuickFix);
		boolean fixAllWanted = only != null && (only.contains(CodeActionKind.Source) || only.contains(SOURCE_FIX_ALL));
		if (!quickFixes && !fixAllWanted) {
			return List.of();
		}
		ILanguageServerAccess access = options.getLanguageServerAccess();
		return access.doSyncRead(options.getURI(), context -> {
			List<Either<Command, CodeAction>> actions = new ArrayList<>();
			if (!(context.getResource() instanceof XtextResource resource) || context.getDocument() == null) {
				return actions;
			}
			if (quickFixes) {
				for (Diagnostic diagnostic : request.getDiagnostics() == null ? List.<Diagnostic>of() : request.getDiagnostics()) {
					quickFixes(resource, context.getDocument(), diagnostic, access, options.getURI())
							.forEach(a -> actions.add(Either.forRight(a)));
				}
			}
			if (fixAllWanted) {
				fixAll(resource, context.getDocument(), options, access).ifPresent(a -> actions.add(Either.forRight(a)));
			}
			return actions;
		});
	}

	private List<CodeAction> quickFixes(XtextResource resource, Document document, Diagnostic diagnostic,
			ILanguageServerAccess access, String uri) {
		List<CodeAction> actions = new ArrayList<>();
		if (!table.get().handles(diagnostic)) {
			return actions;
		}
		boolean preferredGiven = false;
		for (FixOffer offer : table.get().offers(new FixContext(resource, document, diagnostic))) {
			CodeAction action = new CodeAction(offer.label());
			action.setKind(CodeActionKind.QuickFix);
			action.setDiagnostics(List.of(diagnostic));
			action.setEdit(edit(uri, document, offer.edits(), access));
			if (!preferredGiven && offer.mayBePreferred()) {
				action.setIsPreferred(true);
				preferredGiven = true;
			}
			actions.add(action);
		}
		return actions;
	}

	/** One round of fix-all on the document as the server has it; nothing when no finding has a fix. */
	private Optional<CodeAction> fixAll(XtextResource resource, Document document, Options options,
			ILanguageServerAccess access) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return Optional.empty(); // fixes computed on text the parser could not read would be guesses
		}
		List<IssueFixes.Fix> preferred = new ArrayList<>();
		IssueFixes issueFixes = this.issueFixes.get();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, options.getCancelIndicator())) {
			issueFixes.fixes(resource, document, issue).stream().findFirst().ifPresent(preferred::add);
		}
		return fixAll.get().round(document.getContents(), preferred).map(round -> {
			CodeAction action = new CodeAction("Fix all: apply the preferred fix of " + round.applied().size()
					+ (round.applied().size() == 1 ? " finding" : " findings"));
			action.setKind(SOURCE_FIX_ALL);
			action.setEdit(edit(options.getURI(), document, IssueFixes.textEdits(round.edits(), document), access));
			return action;
		});
	}

	/** The edits of one document, as changes or document changes, whichever the client announced. */
	private static WorkspaceEdit edit(String uri, Document document, List<TextEdit> edits, ILanguageServerAccess access) {
		WorkspaceEdit edit = new WorkspaceEdit();
		new TextEditAcceptor(edit, access).accept(uri, document, edits);
		return edit;
	}
}
