package org.mentorship.dsl.tests.editor;

import org.junit.Assert;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.junit.Test;

import com.google.gson.Gson;

/**
 * Fix-all as an editor asks for it: textDocument/codeAction with {@code only: ["source.fixAll"]} (VS
 * Code's "Fix all" and editor.codeActionsOnSave), through JSON as on the wire, against the server that
 * mentor lsp runs. The answer is one action whose edit applies the preferred fix of every finding.
 */
public class FixAllLanguageServerTest extends EditorServicesTestBase {

	/** An agreement without findings (as of 2030-02-01). */
	static final String CLEAN = """
			agreement ada-grace "Growing into a tech lead"
			  from 2030-01-07 to 2030-06-28
			  time zone "Europe/Berlin"

			purpose "Grace wants to lead design reviews by the summer."

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			goal reviews "Lead three design reviews"
			  milestone "Shadow a review" due 2030-02-15
			  evidence "review notes" from grace
			  success at least 3 "reviews led"

			cadence
			  monthly on the first Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			check-in on 2030-04-01 "Halfway: are the goals still right?"

			retrospective every 3 months starting 2030-04-07
			  prompt "What helped you grow this period?"

			ethics
			  confidentiality "What we discuss stays between us."
			  consent "Ada asks before sharing Grace's work."
			  conflicts of interest "none declared"

			resources
			  ada offers 3 hours per month "sessions"

			sign-off
			  ada signed on 2030-01-07
			  grace signed on 2030-01-07

			review on 2030-06-01
			""";

	private final Gson json = new MessageJsonHandler(Map.of()).getGson();

	@Test
	public void theServerAdvertisesQuickFixesAndFixAll() {
		Either<Boolean, CodeActionOptions> provider = initializeClient().getCapabilities().getCodeActionProvider();
		assertTrue("code action options with kinds: " + provider, provider.isRight());
		Assert.assertEquals(List.of(CodeActionKind.QuickFix, "source.fixAll"), provider.getRight().getCodeActionKinds());
	}

	@Test
	public void fixAllAppliesThePreferredFixOfEveryFindingInOneEdit() {
		initializeClient();
		String text = CLEAN.replace("purpose \"Grace wants to lead design reviews by the summer.\"\n\n", "")
				.replace("  evidence \"review notes\" from grace\n", "")
				.replace("  consent \"Ada asks before sharing Grace's work.\"\n", "");
		String uri = openFile("fix-all.mentor", text);
		List<CodeAction> actions = codeActions(uri, List.of("source.fixAll"));
		Assert.assertEquals(1, actions.size());
		CodeAction fixAll = actions.get(0);
		Assert.assertEquals("source.fixAll", fixAll.getKind());
		Assert.assertEquals("Fix all: apply the preferred fix of 3 findings", fixAll.getTitle());
		String expected = text.replace("  success at least 3 \"reviews led\"\n", "  success at least 3 \"reviews led\"\n"
						+ "  evidence \"what the mentee will share\"\n")
				.replace("ethics\n", "ethics\n  consent \"We ask before using each other's work as an example anywhere else.\"\n")
				+ "\npurpose \"What both of you want to achieve, and why it matters.\"\n";
		Assert.assertEquals(expected, apply(uri, text, fixAll.getEdit()));
	}

	@Test
	public void aSourceRequestGetsFixAllButAQuickFixRequestDoesNot() {
		initializeClient();
		String uri = openFile("kinds.mentor", CLEAN.replace("  evidence \"review notes\" from grace\n", ""));
		Assert.assertEquals(List.of("source.fixAll"), kinds(codeActions(uri, List.of(CodeActionKind.Source))));
		Assert.assertEquals(List.of(), kinds(codeActions(uri, List.of(CodeActionKind.QuickFix))));
		Assert.assertEquals(List.of(), kinds(codeActions(uri, null)));
	}

	@Test
	public void nothingToFixMeansNoFixAllAction() {
		initializeClient();
		String uri = openFile("clean.mentor", CLEAN);
		Assert.assertEquals(List.of(), codeActions(uri, List.of("source.fixAll")));
	}

	@Test
	public void aFileWithSyntaxErrorsGetsNoFixAll() {
		initializeClient();
		String uri = openFile("broken.mentor", CLEAN.replace("  evidence \"review notes\" from grace\n", "")
				.replace("review on 2030-06-01", "review on 2030-06-01 )"));
		Assert.assertEquals(List.of(), codeActions(uri, List.of("source.fixAll")));
	}

	/** textDocument/codeAction for the whole document, without diagnostics, through JSON. */
	private List<CodeAction> codeActions(String uri, List<String> only) {
		CodeActionContext context = new CodeActionContext(List.of());
		context.setOnly(only);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri),
				new Range(new Position(0, 0), new Position(0, 0)), context);
		List<Either<Command, CodeAction>> answer;
		try {
			answer = server().codeAction(json.fromJson(json.toJson(params), CodeActionParams.class)).get();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		List<CodeAction> actions = new ArrayList<>();
		for (Either<Command, CodeAction> either : answer) {
			assertTrue("a command instead of a code action: " + either, either.isRight());
			actions.add(json.fromJson(json.toJson(either.getRight()), CodeAction.class));
		}
		return actions;
	}

	private static List<String> kinds(List<CodeAction> actions) {
		return actions.stream().map(CodeAction::getKind).toList();
	}

	/** Applies the edits as an editor does: ranges refer to the text before; insertions at one place keep their order. */
	private static String apply(String uri, String text, WorkspaceEdit edit) {
		assertNotNull("a code action without an edit", edit);
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edits.addAll(edit.getChanges().get(uri));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				Assert.assertEquals(uri, change.getLeft().getTextDocument().getUri());
				change.getLeft().getEdits().forEach(e -> edits.add(e.getLeft()));
			}
		}
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
