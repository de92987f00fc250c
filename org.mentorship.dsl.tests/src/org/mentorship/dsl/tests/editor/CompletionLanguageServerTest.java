package org.mentorship.dsl.tests.editor;

import org.junit.Assert;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.Test;

/** textDocument/completion: words in context, names of references, weekdays and the two templates. */
public class CompletionLanguageServerTest extends EditorServicesTestBase {

	private List<CompletionItem> complete(String text, String marker, int shift) throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", text);
		return server().completion(new CompletionParams(new TextDocumentIdentifier(uri), at(text, marker, shift))).get()
				.getRight().getItems();
	}

	private static String labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).collect(Collectors.joining(", "));
	}

	@Test
	public void weekdaysAfterOn() throws Exception {
		String text = AGREEMENT.replace("biweekly on Tuesday at", "biweekly on  at");
		Assert.assertEquals("day, Friday, Monday, Saturday, Sunday, the, Thursday, Tuesday, Wednesday",
				labels(complete(text, "biweekly on ", 12)).lines().map(String::strip).collect(Collectors.joining()));
	}

	@Test
	public void partiesWhereAPartyIsExpected() throws Exception {
		String text = AGREEMENT.replace("  grace signed on 2030-01-07\n", "  g\n");
		Assert.assertEquals("ada-grace.grace, grace, goal (template), goal", labels(complete(text, "  g\n", 3)));
	}

	@Test
	public void goalsAfterAbout() throws Exception {
		String text = AGREEMENT.replace("about reviews", "about ");
		Assert.assertEquals("ada-grace.reviews, reviews", labels(complete(text, "about ", 6)));
	}

	@Test
	public void goalAndCadenceTemplatesWhereASectionStarts() throws Exception {
		String text = AGREEMENT.replace("review on 2030-06-01\n", "review on 2030-06-01\n\n");
		List<CompletionItem> items = complete(text + "\n", "review on 2030-06-01\n\n", 22);
		CompletionItem goal = items.stream().filter(i -> i.getLabel().equals("goal (template)")).findFirst().orElseThrow();
		Assert.assertEquals(CompletionItemKind.Snippet, goal.getKind());
		Assert.assertEquals(InsertTextFormat.Snippet, goal.getInsertTextFormat());
		Assert.assertEquals("""
				goal ${1:name} "${2:What the mentee will be able to do}"
				  milestone "${3:First step}" due ${4:2030-03-01}
				  evidence "${5:what the mentee will share}"
				  success at least ${6:1} "${7:thing you can see or count}"
				""", goal.getTextEdit().getLeft().getNewText());
		CompletionItem cadence = items.stream().filter(i -> i.getLabel().equals("cadence (template)")).findFirst().orElseThrow();
		Assert.assertEquals("""
				cadence
				  ${1|weekly,biweekly,monthly|} on ${2|Monday,Tuesday,Wednesday,Thursday,Friday|} at ${3:10:00} for ${4:60} minutes ${5|by video,in person|}
				""", cadence.getTextEdit().getLeft().getNewText());
		String labels = labels(items);
		assertTrue(labels, labels.contains("mentor") && labels.contains("purpose") && labels.contains("sign-off"));
	}
}
