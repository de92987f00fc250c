package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

import com.google.inject.Inject;

/** Fixes of names: duplicates (NamesUniquePerKind) and names declared nowhere (FriendlyLinkingMessages). */
class NameFixes implements FixTheme {

	private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

	@Inject
	private IQualifiedNameProvider names;

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.DUPLICATE_NAME, this::renameDuplicate);
		table.put(IssueCodes.UNRESOLVED_REFERENCE, this::fixReference);
	}

	/**
	 * Offered on the second and later of the things sharing a name (the first keeps it): the n-th
	 * duplicate gets the n-th free name of name-2, name-3..., so all can be fixed at once.
	 */
	private void renameDuplicate(FixContext context) {
		Optional<EObject> target = context.elementAt(context.start());
		if (target.isEmpty()) {
			return;
		}
		EStructuralFeature nameFeature = target.get().eClass().getEStructuralFeature("name");
		QualifiedName qualified = names.getFullyQualifiedName(target.get());
		Optional<INode> nameNode = nameFeature == null ? Optional.empty() : FixContext.node(target.get(), nameFeature);
		if (qualified == null || nameNode.isEmpty() || FixContext.tokenStart(nameNode.get()) != context.start()) {
			return;
		}
		Set<QualifiedName> used = new HashSet<>();
		List<EObject> sameName = new ArrayList<>();
		for (EObject other : EcoreUtil2.eAllContents(context.resource().getContents().get(0))) {
			if (other.eClass() == target.get().eClass()) {
				QualifiedName name = names.getFullyQualifiedName(other);
				if (name != null) {
					used.add(name);
					if (name.equals(qualified)) {
						sameName.add(other);
					}
				}
			}
		}
		int duplicate = sameName.indexOf(target.get());
		if (duplicate < 1) {
			return;
		}
		String name = qualified.getLastSegment();
		int free = 0;
		for (int n = 2;; n++) {
			String candidate = name + "-" + n;
			if (!used.contains(qualified.skipLast(1).append(candidate)) && ++free == duplicate) {
				context.offer("Rename to " + candidate, context.replace(nameNode.get(), candidate));
				return;
			}
		}
	}

	/**
	 * Each close name in scope ("kofy": kofi) is a fix, preferred when it is the only one; for a party,
	 * declaring a new one comes last: a stakeholder after the last party, its full name left for the
	 * parties to write.
	 */
	private void fixReference(FixContext context) {
		IssueData.UnknownName unknown = context.data(IssueData.UnknownName::decode);
		String name = unknown.name().isEmpty() ? context.diagnosedText() : unknown.name();
		List<String> close = unknown.close();
		if (context.diagnosedText().equals(name)) {
			for (String candidate : close) {
				context.offer("Change to " + candidate + (close.size() > 1 ? " (one of " + close.size() + FixOffer.ONE_OF_SEVERAL : ""),
						context.replace(context.start(), name.length(), candidate));
			}
		}
		Optional<EObject> element = context.elementAt(context.start());
		if (element.isEmpty() || !ID.matcher(name).matches() || !refersToParty(element.get(), context.start())) {
			return;
		}
		String line = "stakeholder " + name + " \"\"";
		Optional<Party> last = context.mentorDocument()
				.flatMap(d -> EcoreUtil2.getAllContentsOfType(d, Party.class).stream().reduce((a, b) -> b));
		context.offer(FixOffer.DECLARE_PARTY + name,
				last.isPresent() ? context.insertLineAfter(last.get(), line) : context.appendSection(line));
	}

	/**
	 * Whether the name at the offset is a reference to a party. Found from the word at the offset up
	 * through its few parent nodes, not by listing the element's references: with 1,800 unknown names in
	 * one list that made the quick fixes of a file quadratic (issue 16).
	 */
	private static boolean refersToParty(EObject element, int offset) {
		INode node = NodeModelUtils.getNode(element);
		ILeafNode leaf = node == null ? null : NodeModelUtils.findLeafNodeAtOffset(node.getRootNode(), offset);
		for (INode n = leaf; n != null; n = n.getParent()) {
			CrossReference reference = n.getGrammarElement() instanceof CrossReference c ? c
					: GrammarUtil.containingCrossReference(n.getGrammarElement());
			if (reference != null) {
				return GrammarUtil.getReference(reference).getEReferenceType() == MentorPackage.Literals.PARTY;
			}
		}
		return false;
	}
}
