package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.mentorship.dsl.generator.SafeFileSystemAccess;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Xtext 2.42's language server with textDocument/selectionRange, which it lacks ("expand selection":
 * the word, then the clause, then the section, then the agreement, then the whole file). Xtext
 * already serves folding ranges (see MentorFoldingRangeProvider) once the client announces support.
 */
public class MentorLanguageServer extends LanguageServerImpl {

	@Inject
	private UriExtensions uris;

	/** Generation on save that cannot write a file (a link, a read-only file) says so in the editor, not only in the log. */
	@Override
	public void connect(LanguageClient client) {
		super.connect(client);
		SafeFileSystemAccess.tellAlso(message -> client
				.showMessage(new MessageParams(MessageType.Warning, "Summary and calendar not generated: " + message)));
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setSelectionRangeProvider(true);
		return capabilities;
	}

	@Override
	public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
		return getRequestManager().runRead(cancelIndicator -> selectionRanges(params, cancelIndicator));
	}

	protected List<SelectionRange> selectionRanges(SelectionRangeParams params, CancelIndicator cancelIndicator) {
		URI uri = uris.toUri(params.getTextDocument().getUri());
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			List<SelectionRange> result = new ArrayList<>();
			for (Position position : params.getPositions()) {
				result.add(selectionRange(document, resource, position));
			}
			return result;
		});
	}

	/** From the token at the position outwards, one range per distinct region of an element, up to the whole file. */
	protected SelectionRange selectionRange(Document document, XtextResource resource, Position position) {
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
