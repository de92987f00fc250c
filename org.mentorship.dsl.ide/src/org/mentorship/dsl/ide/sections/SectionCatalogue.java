package org.mentorship.dsl.ide.sections;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.Keyword;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What the editor services say about each kind of section (and the agreement, programme, party and
 * milestone): the keyword that starts it, taken from the grammar; the outline's symbol kind; the
 * semantic-token type of its name; and the hover's sentence. A new section gets one line here.
 *
 * <p>LSP has no kinds for agreements, so each gets the kind whose icon fits best: agreement Module (the
 * unit a file holds), programme Namespace (it prefixes its defaults' names), party Object (a person),
 * goal Class (it has members), things that happen on a date Event, sets of agreed rules Struct, texts
 * String, modes Enum, resources Package, entries of a record or log Field. A declared name is coloured
 * by what it names: agreement and programme namespace, party variable, goal class, what happens on a
 * date (milestone, cadence, check-in, ...) event, any other named default type.
 */
@Singleton
public class SectionCatalogue {

	/** One kind of section. {@code hover} is the sentence that opens its hover; none for a party. */
	public record Section(EClass type, String keyword, SymbolKind outline, String token, String hover) {
	}

	private final Map<EClass, Section> sections = new LinkedHashMap<>();

	@Inject
	public SectionCatalogue(MentorGrammarAccess g) {
		MentorPackage p = MentorPackage.eINSTANCE;
		add(p.getAgreement(), SymbolKind.Module, SemanticTokenTypes.Namespace,
				"An agreement: who mentors whom and why, the goals, how often the parties meet and who signs.",
				g.getAgreementAccess().getAgreementKeyword_0());
		add(p.getProgramme(), SymbolKind.Namespace, SemanticTokenTypes.Namespace,
				"A programme: defaults (contacts, cadences, boundaries, ethics, escalation) that the agreements of a cohort share.",
				g.getProgrammeAccess().getProgrammeKeyword_0());
		sections.put(p.getParty(), new Section(p.getParty(), "", SymbolKind.Object, SemanticTokenTypes.Variable, null));
		add(p.getGoal(), SymbolKind.Class, SemanticTokenTypes.Class,
				"A goal: what the mentee will be able to do, with milestones, evidence and how success is measured.",
				g.getGoalAccess().getGoalKeyword_0());
		add(p.getMilestone(), SymbolKind.Event, SemanticTokenTypes.Event, "A milestone: a step towards the goal, due on a date.",
				g.getMilestoneAccess().getMilestoneKeyword_0());
		add(p.getPurpose(), SymbolKind.String, SemanticTokenTypes.Type, "The purpose: what both parties want to achieve, and why it matters.",
				g.getPurposeAccess().getPurposeKeyword_0());
		add(p.getRoles(), SymbolKind.Struct, SemanticTokenTypes.Type,
				"The roles: who starts conversations, who documents progress and who owns the agenda.",
				g.getRolesAccess().getRolesKeyword_1());
		add(p.getModes(), SymbolKind.Enum, SemanticTokenTypes.Type, "The modes: how the parties meet (in person, by video or asynchronously).",
				g.getModesAccess().getModesKeyword_1());
		add(p.getCadence(), SymbolKind.Event, SemanticTokenTypes.Event, "The cadence: how often, when and for how long the parties meet.",
				g.getCadenceAccess().getCadenceKeyword_1());
		add(p.getBoundaries(), SymbolKind.Struct, SemanticTokenTypes.Type,
				"The boundaries: how quickly the parties reply, on which channels, and when not to expect a reply.",
				g.getBoundariesAccess().getBoundariesKeyword_1());
		add(p.getCheckIn(), SymbolKind.Event, SemanticTokenTypes.Event, "A check-in: a meeting on a set date to look at how things are going.",
				g.getCheckInAccess().getCheckInKeyword_0());
		add(p.getRetrospective(), SymbolKind.Event, SemanticTokenTypes.Event,
				"A retrospective: a look back at what helps and what does not, once or at regular intervals.",
				g.getRetrospectiveAccess().getRetrospectiveKeyword_0());
		add(p.getKickoff(), SymbolKind.Event, SemanticTokenTypes.Event, "The kickoff: the first meeting, where you talk the agreement through.",
				g.getKickoffAccess().getKickoffKeyword_0());
		add(p.getEthics(), SymbolKind.Struct, SemanticTokenTypes.Type,
				"The ethics: the ground rules on confidentiality, consent, conflicts of interest and equity.",
				g.getEthicsAccess().getEthicsKeyword_1());
		add(p.getResources(), SymbolKind.Package, SemanticTokenTypes.Type,
				"The resources: the time each party puts in, and the tools, notes and reading you use.",
				g.getResourcesAccess().getResourcesKeyword_1());
		add(p.getRisk(), SymbolKind.Field, SemanticTokenTypes.Type, "A risk: a likely friction point, and what you will do about it.",
				g.getRiskAccess().getRiskKeyword_0());
		add(p.getEscalation(), SymbolKind.Struct, SemanticTokenTypes.Type,
				"The escalation: who to turn to, step by step, when there is a conflict or unclear guidance.",
				g.getEscalationAccess().getEscalationKeyword_1());
		add(p.getDecision(), SymbolKind.Field, SemanticTokenTypes.Type, "A decision you agreed on, with its date: an entry of the decision log.",
				g.getDecisionAccess().getDecidedKeyword_0(), g.getDecisionAccess().getOnKeyword_1());
		add(p.getChange(), SymbolKind.Field, SemanticTokenTypes.Type,
				"A change to the agreement itself, with its date: an entry of the change log.",
				g.getChangeAccess().getChangedKeyword_0(), g.getChangeAccess().getOnKeyword_1());
		add(p.getCareer(), SymbolKind.Struct, SemanticTokenTypes.Type, "The career section: how the mentorship links to long-term ambitions.",
				g.getCareerAccess().getCareerKeyword_1());
		add(p.getSignOff(), SymbolKind.Field, SemanticTokenTypes.Type, "The sign-off: who signed the agreement, and when.",
				g.getSignOffAccess().getSignOffKeyword_1());
		add(p.getReview(), SymbolKind.Event, SemanticTokenTypes.Event, "The review: when you revisit the terms of the agreement.",
				g.getReviewAccess().getReviewKeyword_0());
		add(p.getConfidentialNote(), SymbolKind.String, SemanticTokenTypes.Type,
				"A confidential note: it stays between the parties and is left out of summaries for sponsors or the programme.",
				g.getConfidentialNoteAccess().getConfidentialKeyword_0());
		add(p.getSeverityOverride(), SymbolKind.Field, SemanticTokenTypes.Type,
				"A severity override: makes one rule stricter or milder for all of the programme's agreements.",
				g.getSeverityOverrideAccess().getSeverityKeyword_0());
	}

	private void add(EClass type, SymbolKind outline, String token, String hover, Keyword... keywords) {
		String keyword = Arrays.stream(keywords).map(Keyword::getValue).collect(Collectors.joining(" "));
		sections.put(type, new Section(type, keyword, outline, token, hover));
	}

	/** The entry of a type; none for clauses and other parts of a section. */
	public Optional<Section> of(EClass type) {
		return Optional.ofNullable(sections.get(type));
	}

	/** The outline's kind: an entry's, else Field (an entry of a record). */
	public SymbolKind outline(EClass type) {
		return type == null ? SymbolKind.Property : of(type).map(Section::outline).orElse(SymbolKind.Field);
	}

	/** The semantic-token type of a name that declares or refers to an object of this type. */
	public String token(EClass type) {
		return of(type).map(Section::token).orElse(SemanticTokenTypes.Type);
	}
}
