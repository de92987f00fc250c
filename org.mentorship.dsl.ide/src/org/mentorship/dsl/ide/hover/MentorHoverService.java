package org.mentorship.dsl.ide.hover;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.ide.hover.ClauseFacts.Next;
import org.mentorship.dsl.ide.hover.ClauseFacts.TermEnded;
import org.mentorship.dsl.ide.hover.ClauseFacts.Unknown;
import org.mentorship.dsl.ide.hover.ClauseFacts.Upcoming;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Career;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.ConfidentialNote;
import org.mentorship.dsl.mentor.Decision;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Modes;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.Resources;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Risk;
import org.mentorship.dsl.mentor.Roles;
import org.mentorship.dsl.mentor.SeverityOverride;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.model.Defaults;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Hover: what the clause under the mouse means, in one sentence, plus facts computed as of today. On a
 * reference (a party or goal named elsewhere) the hover describes the thing referred to. Anywhere else
 * the hover describes the innermost section (or milestone) and covers all of its text.
 */
@Singleton
public class MentorHoverService extends HoverService {

	static final int NEXT_MEETINGS = 3;

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private Clock clock;

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		if (elementAtOffset.resolveCrossReferencedElementAt(resource, offset) != null) {
			return super.createContext(document, resource, offset);
		}
		EObject element = elementAtOffset.resolveElementAt(resource, offset);
		while (element != null && describe(element) == null) {
			element = element.eContainer();
		}
		if (element == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? null : new HoverContext(document, resource, offset, node.getTextRegion(), element);
	}

	@Override
	public String getContents(EObject element) {
		String text = describe(element);
		return text == null ? "" : text;
	}

	/** The hover text of a section, milestone, agreement or programme; null for anything else. */
	String describe(EObject element) {
		ClauseFacts facts = new ClauseFacts(clock);
		if (element instanceof Party p) {
			return ClauseFacts.who(p) + (p.getEmail() == null ? "" : " E-mail: " + p.getEmail() + ".");
		}
		if (element instanceof Goal g) {
			return lines("A goal: what the mentee will be able to do, with milestones, evidence and how success is measured.",
					facts.daysLeft(g));
		}
		if (element instanceof Cadence c) {
			return cadence(c, facts);
		}
		if (element instanceof Agreement) {
			return "An agreement: who mentors whom and why, the goals, how often the parties meet and who signs.";
		}
		if (element instanceof Programme) {
			return "A programme: defaults (contacts, cadences, boundaries, ethics, escalation) that the agreements of a cohort share.";
		}
		if (element instanceof Milestone) {
			return "A milestone: a step towards the goal, due on a date.";
		}
		if (element instanceof Purpose) {
			return "The purpose: what both parties want to achieve, and why it matters.";
		}
		if (element instanceof Roles) {
			return "The roles: who starts conversations, who documents progress and who owns the agenda.";
		}
		if (element instanceof Modes) {
			return "The modes: how the parties meet (in person, by video or asynchronously).";
		}
		if (element instanceof Boundaries) {
			return "The boundaries: how quickly the parties reply, on which channels, and when not to expect a reply.";
		}
		if (element instanceof CheckIn) {
			return "A check-in: a meeting on a set date to look at how things are going.";
		}
		if (element instanceof Retrospective) {
			return "A retrospective: a look back at what helps and what does not, once or at regular intervals.";
		}
		if (element instanceof Ethics) {
			return "The ethics: the ground rules on confidentiality, consent, conflicts of interest and equity.";
		}
		if (element instanceof Resources) {
			return "The resources: the time each party puts in, and the tools, notes and reading you use.";
		}
		if (element instanceof Risk) {
			return "A risk: a likely friction point, and what you will do about it.";
		}
		if (element instanceof Escalation) {
			return "The escalation: who to turn to, step by step, when there is a conflict or unclear guidance.";
		}
		if (element instanceof Decision) {
			return "A decision you agreed on, with its date: an entry of the decision log.";
		}
		if (element instanceof Change) {
			return "A change to the agreement itself, with its date: an entry of the change log.";
		}
		if (element instanceof Career) {
			return "The career section: how the mentorship links to long-term ambitions.";
		}
		if (element instanceof Kickoff) {
			return "The kickoff: the first meeting, where you talk the agreement through.";
		}
		if (element instanceof SignOff s) {
			long signed = s.getSignatures().stream().filter(sig -> sig.isSigned()).count();
			return lines("The sign-off: who signed the agreement, and when.",
					signed + " of " + s.getSignatures().size() + " signed.");
		}
		if (element instanceof Review) {
			return "The review: when you revisit the terms of the agreement.";
		}
		if (element instanceof ConfidentialNote) {
			return "A confidential note: it stays between the parties and is left out of summaries for sponsors or the programme.";
		}
		if (element instanceof SeverityOverride) {
			return "A severity override: makes one rule stricter or milder for all of the programme's agreements.";
		}
		return null;
	}

	private static String cadence(Cadence c, ClauseFacts facts) {
		List<String> lines = new ArrayList<>();
		lines.add(c.getName() != null && !(c.eContainer() instanceof Agreement)
				? "A cadence template: agreements of the programme can meet like this with `cadence like " + c.getName() + "`."
				: "The cadence: how often, when and for how long the parties meet.");
		Defaults.schedule(c).flatMap(ClauseFacts::hoursPerMonth).ifPresent(h -> lines.add("About " + h + "."));
		Upcoming upcoming = facts.nextMeetings(c, NEXT_MEETINGS);
		if (upcoming instanceof TermEnded ended) {
			lines.add("The term has ended (" + ended.end() + "): no more meetings.");
		} else if (upcoming instanceof Next next) {
			lines.add(next.meetings().isEmpty() ? "No more meetings in the term."
					: "Next meetings: " + next.meetings().stream().map(Object::toString).collect(Collectors.joining("; ")) + ".");
		} else if (upcoming instanceof Unknown unknown && !unknown.why().startsWith("a programme")) {
			lines.add("No meeting dates: " + unknown.why() + ".");
		}
		return String.join("\n\n", lines);
	}

	private static String lines(String... lines) {
		return String.join("\n\n", lines);
	}
}
