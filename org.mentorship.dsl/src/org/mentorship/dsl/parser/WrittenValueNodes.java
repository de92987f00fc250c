package org.mentorship.dsl.parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.AbstractNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's node model builder, which also keeps the nodes of the values the rules read as written, as the parser makes
 * them: the tokens of quoted texts (the terminal STRING) and the composite nodes of dates and times (the rules Date
 * and Time). Without them the rules walked every node of the file to find them again: the texts' walk was a fifth of
 * the raw parse of a 10,000-line file, the dates' a sixth (docs/benchmarks-history.md, "Issue 13: pipeline vs raw
 * parse", branches pipe3 and pipe4). The parser makes the nodes in the order of the file.
 * <p>
 * What is kept is exactly what a walk of the finished node model finds (WrittenValuesTest compares them on every
 * corpus): every STRING leaf the parser makes stays in the node model; a date's or time's node does not always (Xtext
 * replaces a node without semantic element by a compressed copy, gives a node with a syntax error a new node, and may
 * fold a node into its parent), so a node replaced is followed to its replacement and a node folded away is left out,
 * as they happen. Where each lies in the text is kept too ({@link NodeSpans}): a text's from its token, a date's or
 * time's from the tokens made under its node (a date has no nodes inside, only tokens, hidden ones included).
 * <p>
 * The nodes are those of a whole parse only: Xtext's partial parser takes the result of the section it parsed again
 * and gives it the file's root node ({@link Parsed#setRootNode}), which forgets them; so does any later change of the
 * root's text. {@link Parsed#quotedTexts} and {@link Parsed#datesAndTimes} then answer null, and the rules walk the
 * nodes as before.
 */
public class WrittenValueNodes extends NodeModelBuilder {

	/** The rules' names, as WrittenValues matches them: a node may come from another injector's copy of the grammar. */
	private static final String STRING = "STRING";
	public static final String DATE = "Date";
	public static final String TIME = "Time";

	@Inject
	private DateAndTimeCalls dateAndTimeCalls;

	private List<ILeafNode> quotedTexts = new ArrayList<>();
	/** Each quoted text's offset and length, as the leaf is made: read later without the leaf (NodeSpans). */
	private NodeSpans spans = new NodeSpans();
	private List<ICompositeNode> datesAndTimes = new ArrayList<>();
	/** Each date's or time's offset and length, from its tokens as they are made (a date's node has only tokens). */
	private NodeSpans dateSpans = new NodeSpans();
	/** The node of the date or time whose tokens are being made (or made last): its tokens extend its span. */
	private Object openDateOrTime;
	/** Which of datesAndTimes are dates (the others are times), known from the call: no node asked again. */
	private BitSet dates = new BitSet();
	/** The last of datesAndTimes, compared by identity only: a cast to an interface per node costs (see isCall). */
	private Object lastDateOrTime;

	/** A new root is a new parse: a builder used for another parse keeps nothing of the last one. */
	@Override
	public ICompositeNode newRootNode(String input) {
		quotedTexts = new ArrayList<>();
		spans = new NodeSpans();
		datesAndTimes = new ArrayList<>();
		dateSpans = new NodeSpans();
		openDateOrTime = null;
		dates = new BitSet();
		lastDateOrTime = null;
		return super.newRootNode(input);
	}

	@Override
	public ILeafNode newLeafNode(int offset, int length, EObject grammarElement, boolean isHidden,
			SyntaxErrorMessage errorMessage, ICompositeNode parent) {
		ILeafNode leaf = super.newLeafNode(offset, length, grammarElement, isHidden, errorMessage, parent);
		if (parent == openDateOrTime) {
			dateSpans.extendLast(offset, length); // hidden ones too: a node's total offset and end count them
		}
		if (!isHidden && STRING.equals(ruleOf(grammarElement))) {
			quotedTexts.add(leaf);
			spans.add(offset, length);
		}
		return leaf;
	}

	@Override
	public ICompositeNode newCompositeNode(EObject grammarElement, int lookahead, ICompositeNode parent) {
		ICompositeNode node = super.newCompositeNode(grammarElement, lookahead, parent);
		// the grammar element given, not the node's: only a partial parse forces another, and it keeps no nodes
		int call = dateAndTimeCalls == null ? NONE : dateAndTimeCalls.kind(grammarElement);
		if (call != NONE) {
			dates.set(datesAndTimes.size(), call == DATE_CALL);
			datesAndTimes.add(node);
			dateSpans.addUnknown();
			lastDateOrTime = node;
			openDateOrTime = node;
		}
		return node;
	}

	/** A date's or time's node compressed right after its tokens: the compressed copy is the one in the tree. */
	@Override
	protected void replace(AbstractNode oldNode, AbstractNode newNode) {
		super.replace(oldNode, newNode);
		if (oldNode == lastDateOrTime) {
			datesAndTimes.set(datesAndTimes.size() - 1, (ICompositeNode) newNode);
			lastDateOrTime = newNode;
		}
		if (oldNode == openDateOrTime) {
			openDateOrTime = newNode; // the same tokens
		}
	}

	/** A date's or time's node given a syntax error later (rare): the new node is the one in the tree. */
	@Override
	public INode setSyntaxError(INode node, SyntaxErrorMessage errorMessage) {
		INode result = super.setSyntaxError(node, errorMessage);
		if (result != node && node instanceof ICompositeNode) {
			int at = indexOf(datesAndTimes, node);
			if (at >= 0) {
				datesAndTimes.set(at, (ICompositeNode) result);
			}
			if (node == openDateOrTime) {
				openDateOrTime = result; // its tokens, and those made after, are the new node's
			}
		}
		return result;
	}

	/**
	 * A node whose only child is a date or time takes the child's grammar element and tokens (Xtext folds them): the
	 * date's node leaves the tree, and a walk sees the date no more (its node's first grammar element is the parent's).
	 * That child is the last date or time made: it has no dates inside, and nothing follows it in its parent.
	 */
	@Override
	public ICompositeNode compressAndReturnParent(ICompositeNode compositeNode) {
		boolean firstChildIsDate = lastDateOrTime != null && compositeNode.getFirstChild() == lastDateOrTime;
		ICompositeNode parent = super.compressAndReturnParent(compositeNode);
		if (firstChildIsDate && !inTree((INode) lastDateOrTime)) {
			datesAndTimes.remove(datesAndTimes.size() - 1);
			dateSpans.removeLast();
			openDateOrTime = null;
			dates.clear(datesAndTimes.size());
			lastDateOrTime = datesAndTimes.isEmpty() ? null : datesAndTimes.get(datesAndTimes.size() - 1);
		}
		return parent;
	}

	/**
	 * The result, with the nodes as kept: checking them again here would cost as much as the walk it saves (the nodes
	 * are no longer in the processor's cache).
	 */
	@Override
	public IParseResult createParseResult(EObject rootAstElement, ICompositeNode rootNode, boolean hasErrors) {
		return new Parsed(rootAstElement, rootNode, hasErrors, quotedTexts, spans, datesAndTimes, dateSpans, dates);
	}

	/** Whether the node is still its parent's child (a node folded into its parent or replaced is not). */
	private static boolean inTree(INode node) {
		ICompositeNode parent = node.getParent();
		if (parent == null) {
			return false;
		}
		if (parent.getFirstChild() == node) {
			return true;
		}
		INode previous = node.getPreviousSibling();
		return previous != null && previous != node && previous.getNextSibling() == node;
	}

	private static int indexOf(List<ICompositeNode> nodes, Object node) {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (nodes.get(i) == node) {
				return i;
			}
		}
		return -1;
	}

	/** The name of the rule a node's grammar element calls, or null. */
	private static String ruleOf(EObject grammarElement) {
		return grammarElement instanceof RuleCall call && call.getRule() != null ? call.getRule().getName() : null;
	}

	private static final int NONE = 0;
	private static final int DATE_CALL = 1;
	private static final int TIME_CALL = 2;

	/**
	 * The calls of the rules Date and Time in the grammar, found once per injector: a node's grammar element is
	 * compared with them by identity. A first version asked each new node's grammar element whether it was a rule
	 * call of Date and checked every kept node again at the end: the raw parse got 15% slower, as much as the walk it
	 * saves (on JDK 17 a type check against an interface, such as RuleCall, is slow where objects of many classes pass).
	 */
	@Singleton
	public static class DateAndTimeCalls {
		private final EObject[] calls;
		private final int[] kinds;

		@Inject
		DateAndTimeCalls(IGrammarAccess grammar) {
			List<RuleCall> found = EcoreUtil2.eAllOfType(grammar.getGrammar(), RuleCall.class).stream()
					.filter(call -> call.getRule() != null
							&& (DATE.equals(call.getRule().getName()) || TIME.equals(call.getRule().getName())))
					.toList();
			calls = found.toArray(EObject[]::new);
			kinds = found.stream().mapToInt(call -> DATE.equals(call.getRule().getName()) ? DATE_CALL : TIME_CALL).toArray();
		}

		/** DATE_CALL, TIME_CALL or NONE. */
		int kind(EObject grammarElement) {
			for (int i = 0; i < calls.length; i++) {
				if (calls[i] == grammarElement) {
					return kinds[i];
				}
			}
			return NONE;
		}
	}

	/** A parse result that knows the values' nodes of its root node's text, while that root and text are unchanged. */
	public static final class Parsed extends ParseResult {

		private List<ILeafNode> quotedTexts;
		private final NodeSpans spans;
		private List<ICompositeNode> datesAndTimes;
		private final NodeSpans dateSpans;
		private final BitSet dates;
		private final String text;

		Parsed(EObject rootAstElement, ICompositeNode rootNode, boolean hasErrors, List<ILeafNode> quotedTexts,
				NodeSpans spans, List<ICompositeNode> datesAndTimes, NodeSpans dateSpans, BitSet dates) {
			super(rootAstElement, rootNode, hasErrors);
			this.quotedTexts = quotedTexts;
			this.spans = spans;
			this.datesAndTimes = datesAndTimes;
			this.dateSpans = dateSpans;
			this.dates = dates;
			this.text = rootNode == null ? null : rootNode.getText();
		}

		/** The partial parser moves this result onto the file's earlier root: the nodes kept are no longer all. */
		@Override
		public void setRootNode(ICompositeNode rootNode) {
			quotedTexts = null;
			datesAndTimes = null;
			super.setRootNode(rootNode);
		}

		/**
		 * The non-hidden STRING leaves under {@code root}, in the order of the file, or null when not known (another
		 * root, or its text changed since the parse: the root's text is a new string after every update).
		 */
		public List<ILeafNode> quotedTexts(ICompositeNode root) {
			return unchanged(root) ? quotedTexts : null;
		}

		/**
		 * Where the quoted texts of {@link #quotedTexts} lie in the root's text, index by index (each leaf's total offset
		 * and length), or null as above.
		 */
		public NodeSpans quotedTextSpans(ICompositeNode root) {
			return unchanged(root) && quotedTexts != null ? spans : null;
		}

		/**
		 * Where the dates and times of {@link #datesAndTimes} lie in the root's text, index by index (each node's total
		 * offset and end), or null as above.
		 */
		public NodeSpans dateAndTimeSpans(ICompositeNode root) {
			return unchanged(root) && datesAndTimes != null ? dateSpans : null;
		}

		/** The composite nodes of the rules Date and Time under {@code root} in the order of the file, or null as above. */
		public List<ICompositeNode> datesAndTimes(ICompositeNode root) {
			return unchanged(root) ? datesAndTimes : null;
		}

		/** Whether the date or time at this index of {@link #datesAndTimes} is a date. */
		public boolean isDate(int index) {
			return dates.get(index);
		}

		private boolean unchanged(ICompositeNode root) {
			return root == getRootNode() && root.getText() == text;
		}
	}
}
