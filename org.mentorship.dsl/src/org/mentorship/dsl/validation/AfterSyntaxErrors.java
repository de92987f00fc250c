package org.mentorship.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Unreadable;

/**
 * One mistake, one message. After a syntax error the parser reads on from the next section keyword, but the section
 * that holds the error is read only up to it (and so is the header, for an error there): "due April 15, 2027" leaves a
 * goal without its evidence, "on Wednesdays" a cadence without its day. The warnings and notes found inside such a
 * section are consequences of the words that could not be read ("has no evidence", "2027-07-07 is not a meeting day
 * of this cadence"), so they wait until the syntax error is fixed. Errors always stay, and so does everything found in
 * the sections that were read whole.
 * <p>
 * A warning or note that the agreement lacks something anywhere in the file (no retrospective, no mid-course
 * check-in, no time commitment of the mentor's, no ethics clause) waits too, wherever the syntax error is: the part
 * it misses may be the one that could not be read ("retro every 3 months", "check in on ...", "ada offers 3 hours a
 * month"), and the syntax error is then the one message. These findings sit on the agreement's id or on a party, away
 * from the broken section, so the damaged ranges do not cover them.
 */
final class AfterSyntaxErrors {

	/** Findings that something is absent from the whole file: any syntax error may hide the part they miss. */
	private static final Set<String> ABSENCES = Set.of(IssueCodes.NO_MID_COURSE_CHECK_IN, IssueCodes.NO_RETROSPECTIVE,
			IssueCodes.TIME_BUDGET_MISSING, IssueCodes.NO_CONFIDENTIALITY, IssueCodes.NO_CONSENT,
			IssueCodes.NO_CONFLICT_OF_INTEREST, IssueCodes.MISSING_TIME_ZONE);

	private AfterSyntaxErrors() {
	}

	static List<Issue> keep(Resource resource, List<Issue> issues) {
		if (!(resource instanceof XtextResource r) || r.getParseResult() == null || !r.getParseResult().hasSyntaxErrors()
				|| issues.stream().noneMatch(AfterSyntaxErrors::mayBeConsequence)) {
			return issues;
		}
		Damage damage = Damage.of(r.getParseResult());
		List<Issue> kept = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			boolean absence = issue.getCode() != null && ABSENCES.contains(issue.getCode());
			if (!mayBeConsequence(issue) || !absence && (issue.getOffset() == null || !damage.covers(issue.getOffset()))) {
				kept.add(issue);
			}
		}
		return kept;
	}

	private static boolean mayBeConsequence(Issue issue) {
		return issue.getSeverity() == Severity.WARNING || issue.getSeverity() == Severity.INFO;
	}

	/** The parts read only in part: the sections that hold a syntax error, and the header if it holds one. */
	private static final class Damage {
		private final List<int[]> ranges = new ArrayList<>();
		private boolean header;
		private int firstSection = Integer.MAX_VALUE;
		private final List<int[]> sections = new ArrayList<>();

		static Damage of(IParseResult result) {
			Damage damage = new Damage();
			List<? extends EObject> parts = result.getRootASTElement() instanceof MentorFile file
					? file.getDocument() instanceof Agreement a ? a.getSections()
							: file.getDocument() instanceof Programme p ? p.getDefaults() : List.of()
					: List.of();
			List<EObject> order = new ArrayList<>();
			for (EObject part : parts) {
				INode node = NodeModelUtils.getNode(part);
				if (node != null) {
					damage.sections.add(new int[] { node.getOffset(), node.getEndOffset() });
					order.add(part);
				}
			}
			if (!damage.sections.isEmpty()) {
				damage.firstSection = damage.sections.get(0)[0];
			}
			for (INode error : result.getSyntaxErrors()) {
				damage.hit(error.getOffset(), order);
			}
			// a word the parser could not place ended the agreement early ("Kenji Watanabe", email ...): the sections
			// after it were not read, so what the agreement seems to lack (reported on its id) waits too
			INode document = result.getRootASTElement() instanceof MentorFile file && file.getDocument() != null
					? NodeModelUtils.getNode(file.getDocument()) : null;
			if (document != null && lastWord(result.getRootNode()) >= document.getEndOffset()) {
				damage.header = true;
			}
			return damage;
		}

		private static int lastWord(INode root) {
			int last = -1;
			for (ILeafNode leaf : root.getLeafNodes()) {
				if (!leaf.isHidden() && leaf.getLength() > 0) {
					last = leaf.getOffset();
				}
			}
			return last;
		}

		/** The section the error is in, or the last section before it (its end was not read); else the header. */
		private void hit(int offset, List<EObject> order) {
			int at = -1;
			for (int i = 0; i < sections.size() && sections.get(i)[0] <= offset; i++) {
				at = i;
			}
			if (at < 0) {
				header = true;
				return;
			}
			ranges.add(sections.get(at));
			if (order.get(at) instanceof Unreadable) { // words the parser skipped: the section before lost them
				if (at == 0) {
					header = true;
				} else {
					ranges.add(sections.get(at - 1));
				}
			}
		}

		boolean covers(int offset) {
			if (header && offset < firstSection) {
				return true;
			}
			return ranges.stream().anyMatch(r -> r[0] <= offset && offset < Math.max(r[1], r[0] + 1));
		}
	}
}
