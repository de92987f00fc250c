package org.mentorship.dsl.ide.contentassist;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;

/**
 * Completion: Xtext proposes the words that fit where the cursor is (including days of the week, which
 * are words of the language) and the names a reference may take (parties, goals, programme defaults,
 * from the scope). This adds two templates where a section may start: a whole goal and a whole cadence,
 * as LSP snippets whose ${n:...} placeholders the editor lets you tab through.
 */
public class MentorContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private MentorGrammarAccess grammar;

	@Inject
	private Clock clock;

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (GrammarUtil.containingRule(keyword) == grammar.getUnreadableWordRule()) {
			return; // error recovery (the grammar's Unreadable), not something to write
		}
		super._createProposals(keyword, context, acceptor);
		if (keyword == grammar.getGoalAccess().getGoalKeyword_0()) {
			snippet("goal (template)", "A goal with a milestone, evidence and a success criterion",
					Skeletons.goalSnippet(LocalDate.now(clock).plusWeeks(4)), context, acceptor);
		} else if (keyword == grammar.getCadenceAccess().getCadenceKeyword_1()) {
			snippet("cadence (template)", "How often, when and for how long you meet", Skeletons.cadenceSnippet(inProgramme(context)),
					context, acceptor);
		}
	}

	private static boolean inProgramme(ContentAssistContext context) {
		return context.getRootModel() instanceof MentorFile file && file.getDocument() instanceof Programme;
	}

	private void snippet(String label, String description, String text, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context, ContentAssistEntry.KIND_SNIPPET, null);
		if (entry != null) {
			entry.setLabel(label);
			entry.setDescription(description);
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) - 1);
		}
	}
}
