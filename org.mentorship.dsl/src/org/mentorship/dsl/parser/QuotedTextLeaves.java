package org.mentorship.dsl.parser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;

/**
 * Xtext's node model builder, which also keeps the tokens of quoted texts (the terminal STRING) as the parser makes
 * them, so that the text rules need not walk every node of the file to find them again: that walk was a fifth of the
 * raw parse in a 10,000-line file (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe3)").
 * The parser makes the leaves in the order of the file, and every leaf it makes stays in the node model.
 * <p>
 * The tokens are those of a whole parse only: Xtext's partial parser takes the result of the section it parsed again
 * and gives it the file's root node ({@link Parsed#setRootNode}), which forgets them; so does any later change of
 * the root's text. {@link Parsed#quotedTexts} then answers null, and the rules walk the nodes as before.
 */
public class QuotedTextLeaves extends NodeModelBuilder {

	/** The rule's name, as WrittenValues matches it: a node may come from another injector's copy of the grammar. */
	private static final String STRING = "STRING";

	private List<ILeafNode> quotedTexts = new ArrayList<>();

	/** A new root is a new parse: a builder used for another parse keeps nothing of the last one. */
	@Override
	public ICompositeNode newRootNode(String input) {
		quotedTexts = new ArrayList<>();
		return super.newRootNode(input);
	}

	@Override
	public ILeafNode newLeafNode(int offset, int length, EObject grammarElement, boolean isHidden,
			SyntaxErrorMessage errorMessage, ICompositeNode parent) {
		ILeafNode leaf = super.newLeafNode(offset, length, grammarElement, isHidden, errorMessage, parent);
		if (!isHidden && grammarElement instanceof RuleCall call && call.getRule() != null
				&& STRING.equals(call.getRule().getName())) {
			quotedTexts.add(leaf);
		}
		return leaf;
	}

	@Override
	public IParseResult createParseResult(EObject rootAstElement, ICompositeNode rootNode, boolean hasErrors) {
		return new Parsed(rootAstElement, rootNode, hasErrors, quotedTexts);
	}

	/** A parse result that knows the quoted texts of its root node's text, while that root and text are unchanged. */
	public static final class Parsed extends ParseResult {

		private List<ILeafNode> quotedTexts;
		private final String text;

		Parsed(EObject rootAstElement, ICompositeNode rootNode, boolean hasErrors, List<ILeafNode> quotedTexts) {
			super(rootAstElement, rootNode, hasErrors);
			this.quotedTexts = quotedTexts;
			this.text = rootNode == null ? null : rootNode.getText();
		}

		/** The partial parser moves this result onto the file's earlier root: the tokens kept are no longer all. */
		@Override
		public void setRootNode(ICompositeNode rootNode) {
			quotedTexts = null;
			super.setRootNode(rootNode);
		}

		/**
		 * The non-hidden STRING leaves under {@code root}, in the order of the file, or null when not known (another
		 * root, or its text changed since the parse: the root's text is a new string after every update).
		 */
		public List<ILeafNode> quotedTexts(ICompositeNode root) {
			return quotedTexts != null && root == getRootNode() && root.getText() == text ? quotedTexts : null;
		}
	}
}
