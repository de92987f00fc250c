package org.mentorship.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mentorship.dsl.values.LinePositions;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;

/**
 * Folding: one range per section (or programme default) that spans more than one line, one per
 * text in quotes over several lines, and Xtext's ranges for multi-line comments. (Single-line
 * ranges are dropped by Xtext's FoldingRangeService.)
 */
public class MentorFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Inject
	private MentorGrammarAccess grammar;

	@Override
	protected boolean isHandled(EObject object) {
		return object.eContainer() instanceof Agreement || object.eContainer() instanceof Programme;
	}

	@Override
	protected boolean shouldProcessContent(EObject object) {
		return object instanceof MentorFile || object instanceof Agreement || object instanceof Programme;
	}

	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		super.computeCommentFolding(resource, acceptor);
		if (resource.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof RuleCall call && call.getRule() == grammar.getSTRINGRule()
					&& line(leaf, leaf.getOffset()) != line(leaf, leaf.getEndOffset()) && !sameLinesAsSection(leaf)) {
				acceptor.accept(leaf.getOffset(), leaf.getLength());
			}
		}
	}

	/** Not Xtext's NodeModelUtils.getLineAndColumn: it throws at the end of a text ending in a lone CR. */
	private static int line(INode node, int offset) {
		return LinePositions.of(node.getRootNode().getText()).line(offset);
	}

	/** A text that spans exactly the lines of its section ("purpose" and a two-line text) would fold the same lines twice. */
	private boolean sameLinesAsSection(ILeafNode text) {
		EObject section = NodeModelUtils.findActualSemanticObjectFor(text);
		while (section != null && !isHandled(section)) {
			section = section.eContainer();
		}
		INode node = section == null ? null : NodeModelUtils.findActualNodeFor(section);
		return node != null && line(node, node.getOffset()) == line(text, text.getOffset())
				&& line(node, node.getEndOffset()) == line(text, text.getEndOffset());
	}
}
