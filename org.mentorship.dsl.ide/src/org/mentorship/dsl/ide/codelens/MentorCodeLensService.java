package org.mentorship.dsl.ide.codelens;

import java.time.Clock;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.mentorship.dsl.ide.hover.ClauseFacts;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Inject;

/**
 * Two lenses above the agreement line: "next meeting: Thursday 2027-02-04 at 16:00" (or "... (kickoff)", "no more
 * meetings"), the next session of any kind as of today (see NextSession); and "Generate summary and calendar", which runs
 * {@value MentorCommands#GENERATE} on the file.
 */
public class MentorCodeLensService implements ICodeLensService {

	@Inject
	private Clock clock;

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MentorFile file)
				|| !(file.getDocument() instanceof Agreement agreement)) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(agreement);
		if (node == null) {
			return List.of();
		}
		int line = document.getPosition(node.getOffset()).getLine();
		Range range = new Range(new Position(line, 0), new Position(line, 0));
		String uri = params.getTextDocument().getUri();
		String next = nextMeeting(agreement);
		return List.of(new CodeLens(range, new Command(next, MentorCommands.NEXT_MEETING, List.of(uri)), null),
				new CodeLens(range, new Command("Generate summary and calendar", MentorCommands.GENERATE, List.of(uri)), null));
	}

	/** "next meeting: ..." of any kind (a regular meeting, the kickoff, a check-in or a retrospective), or "no more meetings". */
	public String nextMeeting(Agreement agreement) {
		return new NextSession(new ClauseFacts(clock)).of(agreement).map(m -> "next meeting: " + m)
				.orElse("no more meetings");
	}
}
