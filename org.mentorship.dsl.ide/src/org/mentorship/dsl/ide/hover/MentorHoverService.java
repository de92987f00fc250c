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
import org.mentorship.dsl.ide.sections.SectionCatalogue;
import org.mentorship.dsl.ide.sections.SectionCatalogue.Section;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Party;
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

	@Inject
	private SectionCatalogue sections;

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
		if (element instanceof Party p) {
			return ClauseFacts.who(p) + (p.getEmail() == null ? "" : " E-mail: " + p.getEmail() + ".");
		}
		String sentence = sections.of(element.eClass()).map(Section::hover).orElse(null);
		if (sentence == null) {
			return null;
		}
		// the sections with facts computed as of today
		if (element instanceof Goal g) {
			return lines(sentence, new ClauseFacts(clock).daysLeft(g));
		}
		if (element instanceof Cadence c) {
			return cadence(c, sentence, new ClauseFacts(clock));
		}
		if (element instanceof SignOff s) {
			long signed = s.getSignatures().stream().filter(sig -> sig.isSigned()).count();
			return lines(sentence, signed + " of " + s.getSignatures().size() + " signed.");
		}
		return sentence;
	}

	private static String cadence(Cadence c, String sentence, ClauseFacts facts) {
		List<String> lines = new ArrayList<>();
		lines.add(c.getName() != null && !(c.eContainer() instanceof Agreement)
				? "A cadence template: agreements of the programme can meet like this with `cadence like " + c.getName() + "`."
				: sentence);
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
