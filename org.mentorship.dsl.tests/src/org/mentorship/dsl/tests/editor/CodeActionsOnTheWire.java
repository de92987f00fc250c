package org.mentorship.dsl.tests.editor;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.Document;
import org.junit.Assert;

import com.google.gson.Gson;

/**
 * The client's side of code actions in the language-server tests: the request and the answer go through JSON, as
 * on the wire (the issue data of a diagnostic comes back as a JSON array, not as the server's Java object), and an
 * answer's edit is applied to the text as an editor applies it.
 */
public final class CodeActionsOnTheWire {

	private static final Gson JSON = new MessageJsonHandler(Map.of()).getGson();

	private CodeActionsOnTheWire() {
	}

	/** The request as the server receives it from a client: written to JSON and read back. */
	public static CodeActionParams sent(CodeActionParams params) {
		return JSON.fromJson(JSON.toJson(params), CodeActionParams.class);
	}

	/** textDocument/codeAction through JSON; each answer must be a code action, not a bare command. */
	public static List<CodeAction> ask(LanguageServer server, CodeActionParams params) {
		List<Either<Command, CodeAction>> answer;
		try {
			answer = server.getTextDocumentService().codeAction(sent(params)).get();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		List<CodeAction> actions = new ArrayList<>();
		for (Either<Command, CodeAction> either : answer) {
			assertTrue("a command instead of a code action: " + either, either.isRight());
			actions.add(JSON.fromJson(JSON.toJson(either.getRight()), CodeAction.class));
		}
		return actions;
	}

	/**
	 * Applies an answer's edits for one document as an editor does: every range refers to the text before the edit,
	 * and insertions at one place keep their order. Fails when the edit names another document, has no edits or
	 * overlaps itself.
	 */
	public static String apply(String uri, String text, WorkspaceEdit edit) {
		assertNotNull("a code action without an edit", edit);
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			Assert.assertEquals(List.of(uri), List.copyOf(edit.getChanges().keySet()));
			edits.addAll(edit.getChanges().get(uri));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				Assert.assertEquals(uri, change.getLeft().getTextDocument().getUri());
				change.getLeft().getEdits().forEach(e -> edits.add(e.getLeft()));
			}
		}
		assertTrue("no edits", !edits.isEmpty());
		Document document = new Document(1, text);
		List<int[]> ranges = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			TextEdit e = edits.get(i);
			ranges.add(new int[] { document.getOffSet(e.getRange().getStart()), document.getOffSet(e.getRange().getEnd()), i });
		}
		ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[2]).reversed());
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (int[] r : ranges) {
			assertTrue("overlapping edits: " + edits, r[1] <= limit);
			result.replace(r[0], r[1], edits.get(r[2]).getNewText());
			limit = r[0];
		}
		return result.toString();
	}
}
