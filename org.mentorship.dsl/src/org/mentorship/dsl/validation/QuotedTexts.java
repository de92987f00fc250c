package org.mentorship.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * The quoted texts (STRING tokens) of a file. Several rules read every text (jargon, long sentences,
 * placeholders); walking all tokens of a large file once per rule was a tenth of its validation time, so
 * the walk happens once per version of the file and its result is kept until the file changes.
 */
public class QuotedTexts {

	private static final String KEY = QuotedTexts.class.getName();

	@Inject
	private IResourceScopeCache cache;

	/** The quoted texts inside the object's text, in the order they are written. */
	public List<ILeafNode> in(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return List.of();
		}
		Resource resource = object.eResource();
		List<ILeafNode> all = resource == null ? walk(node.getRootNode())
				: cache.get(KEY, resource, () -> walk(node.getRootNode()));
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

	private static List<ILeafNode> walk(ICompositeNode root) {
		List<ILeafNode> texts = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call && call.getRule() != null
					&& "STRING".equals(call.getRule().getName())) {
				texts.add(leaf);
			}
		}
		return List.copyOf(texts);
	}
}
