package org.mentorship.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.IResourceScopeCache;

import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;

/**
 * The dates, times and quoted texts of a file as written, found in one walk over its nodes per version of the file
 * and kept in the resource's cache until it changes. Several rules read them all (dates and times: their format;
 * texts: jargon, long sentences, placeholders); a walk per rule was most of their cost in a large file
 * (docs/benchmarks.md, "Issue 13, pipeline").
 *
 * Dates and times are composite nodes of the rules Date and Time, whatever attribute holds them (the grammar tells,
 * so a new date field needs no change here); texts are the STRING tokens. Rules are matched by name, not identity:
 * EMF's validator registry is global, and a validator may see nodes parsed by another injector's copy of the
 * grammar (tests, long-running tools).
 */
public class WrittenValues {

	private static final String KEY = WrittenValues.class.getName();

	/** What one walk found, each list in the order written. */
	public record Found(List<ICompositeNode> datesAndTimes, List<ILeafNode> texts) {
	}

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private MentorGrammarAccess grammar;

	/** The dates, times and texts of the whole file the object belongs to. */
	public Found ofFile(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return new Found(List.of(), List.of());
		}
		Resource resource = object.eResource();
		return resource == null ? walk(node.getRootNode()) : cache.get(KEY, resource, () -> walk(node.getRootNode()));
	}

	/** Whether a node of {@link Found#datesAndTimes} is a date (else it is a time). */
	public boolean isDate(ICompositeNode node) {
		return node.getGrammarElement() instanceof RuleCall call && call.getRule() != null
				&& grammar.getDateRule().getName().equals(call.getRule().getName());
	}

	/** The quoted texts inside the object's text, in the order they are written. */
	public List<ILeafNode> textsIn(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return List.of();
		}
		List<ILeafNode> all = ofFile(object).texts();
		int start = node.getTotalOffset();
		int end = node.getTotalEndOffset();
		if (start == 0 && end == node.getRootNode().getTotalEndOffset()) {
			return all;
		}
		List<ILeafNode> inside = new ArrayList<>();
		for (ILeafNode leaf : all) {
			if (leaf.getTotalOffset() >= start && leaf.getTotalEndOffset() <= end) {
				inside.add(leaf);
			}
		}
		return inside;
	}

	private Found walk(ICompositeNode root) {
		Found found = new Found(new ArrayList<>(), new ArrayList<>());
		visit(root, found, grammar.getDateRule().getName(), grammar.getTimeRule().getName(),
				grammar.getSTRINGRule().getName());
		return new Found(List.copyOf(found.datesAndTimes()), List.copyOf(found.texts()));
	}

	/**
	 * Children by their sibling links, not Xtext's iterables (an iterator per node was a third of the walk); a date
	 * or time is not entered: its tokens are numbers and punctuation.
	 */
	private static void visit(ICompositeNode node, Found found, String date, String time, String text) {
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			String rule = child.getGrammarElement() instanceof RuleCall call && call.getRule() != null
					? call.getRule().getName()
					: null;
			if (child instanceof ICompositeNode composite) {
				if (date.equals(rule) || time.equals(rule)) {
					found.datesAndTimes().add(composite);
				} else {
					visit(composite, found, date, time, text);
				}
			} else if (text.equals(rule) && !((ILeafNode) child).isHidden()) {
				found.texts().add((ILeafNode) child);
			}
		}
	}
}
