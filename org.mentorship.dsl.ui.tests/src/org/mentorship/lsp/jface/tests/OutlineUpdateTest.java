package org.mentorship.lsp.jface.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.outline.LspOutlinePage;

/**
 * The Outline of a served document takes each new answer of the server as a change to what it shows: entries still
 * there keep their objects (with the new ranges), a changed entry is relabelled, a new one appears.
 */
public class OutlineUpdateTest {

	private static final int ITEMS = 60;

	@AfterEach
	void noSymbols() {
		FakeServer.documentSymbols = List.of();
	}

	@Test
	void anAnswerKeepsTheEntriesAndChangesOnlyWhatChanged() throws Exception {
		IFile file = Ui.file(Ui.project("glue"), "outline.fake", "section\n" + "  item\n".repeat(ITEMS));
		FakeServer.documentSymbols = List.of(section(0, ITEMS, 30, ""));
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		try {
			ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
			Ui.page().activate(editor);
			Ui.waitUntil("the Outline page", () -> outline.getCurrentPage() instanceof LspOutlinePage);
			LspOutlinePage page = (LspOutlinePage) outline.getCurrentPage();
			Ui.waitUntil("the symbols", () -> !page.symbols().isEmpty());
			DocumentSymbol section = page.symbols().get(0);
			DocumentSymbol tenth = section.getChildren().get(9);

			// the next answer: every entry moved by a column, the 30th has a new detail, and there is one more entry
			FakeServer.documentSymbols = List.of(section(1, ITEMS + 1, 30, "changed"));
			FakeServer server = FakeServer.instance;
			server.client.publishDiagnostics(new PublishDiagnosticsParams(Documents.uri(file).orElseThrow(), List.of()));
			Ui.waitUntil("the new entry", () -> page.symbols().get(0).getChildren().size() == ITEMS + 1);

			assertSame(section, page.symbols().get(0), "the same entry, not a new one");
			assertSame(tenth, section.getChildren().get(9));
			assertEquals(new Position(10, 3), tenth.getRange().getStart(), "with the new range");
			TreeItem items = ((Tree) page.getControl()).getItem(0);
			assertEquals("item30  changed", items.getItem(29).getText());
			assertEquals("item61", items.getItem(ITEMS).getText());
		} finally {
			Ui.page().closeEditor(editor, false);
		}
	}

	/** A section with items on lines 1 to {@code count}, at column 2 + {@code shift}; item {@code detailed} has {@code detail}. */
	private static DocumentSymbol section(int shift, int count, int detailed, String detail) {
		List<DocumentSymbol> items = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Range range = new Range(new Position(i, 2 + shift), new Position(i, 6 + shift));
			items.add(new DocumentSymbol("item" + i, SymbolKind.Property, range, range, i == detailed ? detail : null));
		}
		Range all = new Range(new Position(0, 0), new Position(count, 6 + shift));
		return new DocumentSymbol("section", SymbolKind.Namespace, all, new Range(new Position(0, 0), new Position(0, 7)), null, items);
	}
}
