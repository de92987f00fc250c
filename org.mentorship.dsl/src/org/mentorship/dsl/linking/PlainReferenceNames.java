package org.mentorship.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * A reference's name as Xtext's linking reads it, found cheaply when the reference is written plainly: ID tokens
 * joined by '.' tokens, nothing hidden (blank, comment) between them, no '^' escape and no syntax error. Then Xtext's
 * reading (NodeModelUtils.getTokenText, then the QualifiedName converter, which joins the IDs' values with '.') gives
 * exactly the file's text from the first token to the last, and that is what this cuts. Xtext's way walks the tokens
 * twice with iterators and finds each token's text by walking up to the root node; with the name read twice per
 * reference, up to a third of linking a 10,000-line file (docs/benchmarks-history.md, "Issue 13: pipeline vs raw parse (branch pipe6)"). Anything else
 * (escapes, comments, syntax errors, another injector's grammar) is left to Xtext: null.
 */
@Singleton
public class PlainReferenceNames {

	private final EObject qualifiedName;
	private final EObject id;
	private final EObject dot;

	@Inject
	public PlainReferenceNames(MentorGrammarAccess grammar) {
		qualifiedName = grammar.getQualifiedNameRule();
		id = grammar.getIDRule();
		dot = grammar.getQualifiedNameAccess().getFullStopKeyword_1_0();
	}

	/** The name, or null when the reference is not written plainly; {@code source} is the whole file's text. */
	public String of(INode node, String source) {
		if (!(node.getGrammarElement() instanceof CrossReference reference
				&& reference.getTerminal() instanceof RuleCall call && call.getRule() == qualifiedName)) {
			return null;
		}
		if (node instanceof ILeafNode leaf) {
			// one ID token folded into the reference's node
			return leaf.isHidden() || leaf.getSyntaxErrorMessage() != null ? null : plainId(source, leaf.getTotalOffset(),
					leaf.getTotalEndOffset());
		}
		int start = -1;
		int end = -1;
		boolean idNext = true;
		boolean hiddenAfterLast = false;
		for (INode child = ((ICompositeNode) node).getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof ILeafNode leaf) || leaf.getSyntaxErrorMessage() != null) {
				return null;
			}
			if (leaf.isHidden()) {
				hiddenAfterLast = start >= 0;
				continue;
			}
			if (hiddenAfterLast || !(idNext ? isId(leaf, source) : leaf.getGrammarElement() == dot)) {
				return null;
			}
			if (start < 0) {
				start = leaf.getTotalOffset();
			}
			end = leaf.getTotalEndOffset();
			idNext = !idNext;
		}
		// ends with an ID (not a '.'), and has one
		return start < 0 || idNext ? null : source.substring(start, end);
	}

	private boolean isId(ILeafNode leaf, String source) {
		return leaf.getGrammarElement() instanceof RuleCall call && call.getRule() == id
				&& isPlainId(source, leaf.getTotalOffset(), leaf.getTotalEndOffset());
	}

	/** The text of an ID token without the '^' escape (ID: letter or _, then letters, digits, _ and -), else null. */
	private static String plainId(String source, int start, int end) {
		return isPlainId(source, start, end) ? source.substring(start, end) : null;
	}

	private static boolean isPlainId(String source, int start, int end) {
		if (start >= end || end > source.length()) {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = source.charAt(i);
			boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
			if (!(letter || i > start && (c >= '0' && c <= '9' || c == '-'))) {
				return false;
			}
		}
		return true;
	}
}
