package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * textDocument/selectionRange ("expand selection"), which Xtext 2.42 lacks: the word, then the clause, then the
 * section, then the agreement, then the whole file. Served by MentorLanguageServer.
 */
final class SelectionRanges {

	private SelectionRanges() {
	}

	/** From the token at the position outwards, one range per distinct region of an element, up to the whole file. */
	static SelectionRange around(Document document, XtextResource resource, Position position) {
		int offset = document.getOffSet(position);
		List<ITextRegion> regions = new ArrayList<>();
		if (resource.getParseResult() != null) {
			ICompositeNode root = resource.getParseResult().getRootNode();
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
			if (leaf != null && leaf.isHidden() && offset > 0) {
				ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
				if (before != null && !before.isHidden()) {
					leaf = before;
				}
			}
			if (leaf != null && !leaf.isHidden()) {
				regions.add(leaf.getTextRegion());
			}
			for (INode node = leaf == null ? null : leaf.getParent(); node != null; node = node.getParent()) {
				if (node.hasDirectSemanticElement()) {
					add(regions, trimmed(node));
				}
			}
			add(regions, new TextRegion(0, document.getContents().length()));
		}
		SelectionRange outer = null;
		for (int i = regions.size() - 1; i >= 0; i--) {
			ITextRegion r = regions.get(i);
			outer = new SelectionRange(new Range(document.getPosition(r.getOffset()), document.getPosition(r.getOffset() + r.getLength())), outer);
		}
		return outer == null ? new SelectionRange(new Range(position, position), null) : outer;
	}

	private static void add(List<ITextRegion> regions, ITextRegion region) {
		if (region != null && (regions.isEmpty() || !regions.get(regions.size() - 1).equals(region))) {
			regions.add(region);
		}
	}

	/** The node's text without leading and trailing whitespace and comments. */
	private static ITextRegion trimmed(INode node) {
		ILeafNode first = null;
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				if (first == null) {
					first = leaf;
				}
				last = leaf;
			}
		}
		return first == null ? null : new TextRegion(first.getOffset(), last.getEndOffset() - first.getOffset());
	}
}
