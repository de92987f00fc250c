package org.mentorship.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.emf.common.util.TreeIterator;
import org.mentorship.dsl.ide.sections.SectionCatalogue;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;

/**
 * Semantic tokens (textDocument/semanticTokens/full): the ids given here are LSP token types and
 * modifiers, which Xtext's SemanticTokensService maps onto its legend.
 * <ul>
 * <li>words of the language: keyword; days of the week and other enumerated words: enumMember;</li>
 * <li>declared names: by kind (agreement/programme: namespace, party: variable, goal: class,
 * milestone/cadence/check-in...: event, other named defaults: type; {@link SectionCatalogue} holds the
 * table) with the modifier declaration;</li>
 * <li>names that refer to something: the same type, without the modifier;</li>
 * <li>dates, times, durations' amounts and other numbers: number; text in quotes: string (one token per
 * line); comments: comment.</li>
 * </ul>
 */
public class MentorSemanticHighlighting implements ISemanticHighlightingCalculator {

	@Inject
	private MentorGrammarAccess grammar;

	@Inject
	private SectionCatalogue sections;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		TreeIterator<INode> nodes = root.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode node = nodes.next();
			EObject element = node.getGrammarElement();
			if (node.getLength() == 0) {
				continue;
			}
			CrossReference reference = element == null ? null : GrammarUtil.containingCrossReference(element);
			if (reference != null) {
				acceptor.addPosition(node.getOffset(), node.getLength(), type((EClass) reference.getType().getClassifier()));
				nodes.prune();
			} else if (element instanceof RuleCall call && isName(call)) {
				EObject named = NodeModelUtils.findActualSemanticObjectFor(node);
				acceptor.addPosition(node.getOffset(), node.getLength(), type(named.eClass()),
						SemanticTokenModifiers.Declaration);
				nodes.prune();
			} else if (element instanceof RuleCall call && isNumber(call.getRule())) {
				acceptor.addPosition(node.getOffset(), node.getLength(), SemanticTokenTypes.Number);
				nodes.prune();
			} else if (element instanceof RuleCall call && call.getRule() instanceof EnumRule) {
				acceptor.addPosition(node.getOffset(), node.getLength(), SemanticTokenTypes.EnumMember);
				nodes.prune();
			} else if (element instanceof RuleCall call && call.getRule() == grammar.getSTRINGRule()) {
				lines(text, node.getOffset(), node.getLength(), acceptor, SemanticTokenTypes.String);
			} else if ((element instanceof org.eclipse.xtext.TerminalRule rule)
					&& (rule == grammar.getSL_COMMENTRule() || rule == grammar.getML_COMMENTRule())) {
				lines(text, node.getOffset(), node.getLength(), acceptor, SemanticTokenTypes.Comment);
			} else if (element instanceof Keyword) {
				acceptor.addPosition(node.getOffset(), node.getLength(),
						element.eContainer() instanceof EnumLiteralDeclaration ? SemanticTokenTypes.EnumMember
								: SemanticTokenTypes.Keyword);
			}
		}
	}

	private static boolean isName(RuleCall call) {
		Assignment assignment = GrammarUtil.containingAssignment(call);
		return assignment != null && "name".equals(assignment.getFeature());
	}

	private boolean isNumber(AbstractRule rule) {
		return rule == grammar.getDateRule() || rule == grammar.getTimeRule() || rule == grammar.getDecimalRule()
				|| rule == grammar.getINTRule();
	}

	/** Names are coloured by what they name, as {@link SectionCatalogue} says. */
	private String type(EClass type) {
		return sections.token(type);
	}

	/** LSP tokens cannot span lines (unless the client says so): one token per line of a text or comment. */
	private static void lines(String text, int offset, int length, IHighlightedPositionAcceptor acceptor, String id) {
		int start = offset;
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (i > start) {
					acceptor.addPosition(start, i - start, id);
				}
				start = i + 1;
			}
		}
		if (end > start) {
			acceptor.addPosition(start, end - start, id);
		}
	}
}
