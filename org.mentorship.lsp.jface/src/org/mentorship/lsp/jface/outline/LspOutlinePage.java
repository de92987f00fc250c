package org.mentorship.lsp.jface.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.ServerConnection;

/**
 * The Outline of a served document: textDocument/documentSymbol as a tree, asked for again each time the server
 * publishes diagnostics for the document (it has then processed the latest text). Selecting an entry selects
 * its name in the editor; with "Link with Editor" on, the entry under the caret is selected as the caret moves.
 */
public class LspOutlinePage extends ContentOutlinePage {

	private static final int FULLY_EXPANDED_UP_TO = 300;

	private final ITextEditor editor;
	private final IDocument document;
	private final ServerConnection server;
	private final String uri;
	private final BiConsumer<String, List<Diagnostic>> onPublish = this::published;
	private final ISelectionChangedListener onCaret = this::caretMoved;
	private final SymbolTree tree = new SymbolTree();
	private List<DocumentSymbol> symbols = List.of();
	/** The tree's input: stays the same object, so that a refresh updates items instead of recreating them. */
	private final Object input = new Object() {
	};
	private boolean linked = true;
	private boolean followingCaret;

	public LspOutlinePage(ITextEditor editor, IDocument document, ServerConnection server) {
		this.editor = editor;
		this.document = document;
		this.server = server;
		this.uri = Documents.uri(document).orElse(null);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(tree);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new SymbolLabels()));
		// a new answer holds new objects for the same symbols: compared by name and kind, the tree keeps its items
		// (and what the user folded) and only updates what changed
		viewer.setComparer(new SymbolTree.SameSymbol());
		viewer.setInput(input);
		server.onDiagnostics(onPublish);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(onCaret);
		}
		getSite().getActionBars().getToolBarManager().add(linkWithEditor());
		refresh();
	}

	private IAction linkWithEditor() {
		Action action = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				linked = isChecked();
				if (linked) {
					revealCaret();
				}
			}
		};
		action.setChecked(true);
		action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		return action;
	}

	/** The symbols currently shown (for tests). */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	private void published(String publishedUri, List<Diagnostic> diagnostics) {
		if (uri != null && Documents.path(publishedUri).equals(Documents.path(uri))) {
			refresh();
		}
	}

	/** Asks the server for the symbols; the tree is updated when they arrive. */
	public void refresh() {
		if (uri == null) {
			return;
		}
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(uri));
		server.request(s -> s.getTextDocumentService().documentSymbol(params)).thenAccept(result -> {
			List<DocumentSymbol> fresh = new ArrayList<>();
			for (Either<SymbolInformation, DocumentSymbol> either : result == null ? List.<Either<SymbolInformation, DocumentSymbol>>of() : result) {
				if (either.isRight()) {
					fresh.add(either.getRight());
				}
			}
			Control control = getControl();
			if (control != null && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> show(fresh));
			}
		});
	}

	private void show(List<DocumentSymbol> fresh) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (symbols.isEmpty()) {
			tree.setRoots(fresh);
			symbols = fresh;
			viewer.refresh();
			// all of a small document; the sections of a big one (opening thousands of items would stall the UI)
			viewer.expandToLevel(count(fresh) <= FULLY_EXPANDED_UP_TO ? TreeViewer.ALL_LEVELS : 2);
		} else {
			// only what changed: the entries whose children or label changed (not every entry of the tree)
			SymbolTree.Changes changes = tree.merge(fresh);
			symbols = tree.roots();
			for (Object parent : changes.children()) {
				if (parent == SymbolTree.TOP) {
					viewer.refresh(false);
				} else {
					viewer.refresh(parent, false);
				}
			}
			if (!changes.labels().isEmpty()) {
				viewer.update(changes.labels().toArray(), null);
			}
		}
		revealCaret();
	}

	private static int count(List<DocumentSymbol> symbols) {
		int count = symbols.size();
		for (DocumentSymbol symbol : symbols) {
			count += symbol.getChildren() == null ? 0 : count(symbol.getChildren());
		}
		return count;
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (linked) {
			revealCaret();
		}
	}

	private void revealCaret() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection caret)) {
			return;
		}
		try {
			DocumentSymbol symbol = SymbolTree.at(symbols, Documents.position(document, caret.getOffset()));
			if (symbol != null && viewer.getStructuredSelection().getFirstElement() == symbol) {
				return; // already selected (and shown): selecting it again would scroll and notify for nothing
			}
			followingCaret = true;
			try {
				viewer.setSelection(symbol == null ? StructuredSelection.EMPTY : new StructuredSelection(symbol), true);
			} finally {
				followingCaret = false;
			}
		} catch (BadLocationException e) {
			// the caret is past the end of a document being replaced: nothing to follow
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (followingCaret || !(event.getSelection() instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof DocumentSymbol symbol)) {
			return;
		}
		try {
			int start = Documents.offset(document, symbol.getSelectionRange().getStart());
			int end = Documents.offset(document, symbol.getSelectionRange().getEnd());
			editor.selectAndReveal(start, end - start);
		} catch (BadLocationException e) {
			// the document changed since: the next refresh brings fresh symbols
		}
	}

	@Override
	public void dispose() {
		server.removeDiagnosticsListener(onPublish);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(onCaret);
		}
		super.dispose();
	}
}
