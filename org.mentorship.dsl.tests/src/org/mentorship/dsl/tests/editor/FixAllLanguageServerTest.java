package org.mentorship.dsl.tests.editor;

import org.junit.Assert;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.Test;

/**
 * Fix-all as an editor asks for it: textDocument/codeAction with {@code only: ["source.fixAll"]} (VS
 * Code's "Fix all" and editor.codeActionsOnSave), through JSON as on the wire, against the server that
 * mentor lsp runs. The answer is one action whose edit applies the preferred fix of every finding.
 */
public class FixAllLanguageServerTest extends EditorServicesTestBase {

	/** An agreement without findings (as of 2030-02-01). */
	static final String CLEAN = CleanAgreement.TEXT;

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
		Assert.assertEquals(expected, CodeActionsOnTheWire.apply(uri, text, fixAll.getEdit()));
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
		return CodeActionsOnTheWire.ask(server(), params);
	}

	private static List<String> kinds(List<CodeAction> actions) {
		return actions.stream().map(CodeAction::getKind).toList();
	}
}
