package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.mentor.Signature;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.JargonRewrites;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * The quick fixes of the .mentor language, written once for every front end: the language server
 * turns them into code actions, {@code mentor fix} applies them to files, and an Eclipse editor can
 * offer them too. One small method per issue code; each offers clearly labelled text edits.
 *
 * <b>The first fix a method offers is the preferred one</b> (LSP {@code CodeAction.isPreferred}, the
 * fix {@code mentor fix} applies): see {@link MentorCodeActionService}. A method offers nothing when
 * the issue has no clear fix in its situation (a missing date, a reference to something that is not a
 * party...), so "a fix is offered" always means "applying it removes the finding".
 *
 * Xtext calls a fix method with an acceptor only; the diagnostic being fixed and its file are
 * available from {@link #context()} while the method runs. Edits are computed right away, from the
 * same text the diagnostic was reported on.
 */
public class MentorQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	static final String PURPOSE = "purpose \"What both of you want to achieve, and why it matters.\"";
	static final String CADENCE = "cadence\n" + FixContext.INDENT + "biweekly on Tuesday at 10:00 for 60 minutes by video";
	static final String RESPONSE_TIME = "reply within 2 working days on \"e-mail\"";
	static final String MILESTONE = "milestone \"First step\" due ";
	static final String EVIDENCE = "evidence \"what the mentee will share\"";
	static final String SUCCESS = "success at least 1 \"thing you can see or count\"";
	static final String CONFIDENTIALITY = "confidentiality \"What we discuss stays between us unless we both agree otherwise.\"";
	static final String CONSENT = "consent \"We ask before using each other's work as an example anywhere else.\"";
	static final String CONFLICT_OF_INTEREST = "conflicts of interest \"none declared\"";
	static final String CHECK_IN_TEXT = "\"Recalibrate the goals: what changed?\"";
	static final String RETROSPECTIVE_PROMPT = "prompt \"What helped you grow this period?\"";

	private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

	private static final ThreadLocal<FixContext> CONTEXT = new ThreadLocal<>();

	@Inject
	private IQualifiedNameProvider names;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		if (!(options.getResource() instanceof XtextResource) || options.getDocument() == null) {
			return List.of();
		}
		CONTEXT.set(new FixContext((XtextResource) options.getResource(), options.getDocument(), diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			CONTEXT.remove();
		}
	}

	/** The diagnostic being fixed and its file, while a fix method runs. */
	FixContext context() {
		FixContext context = CONTEXT.get();
		if (context == null) {
			throw new IllegalStateException("fix methods run inside getResolutions only");
		}
		return context;
	}

	/** Offers a fix whose edits are already known (computed from the diagnosed text). */
	private static void offer(DiagnosticResolutionAcceptor acceptor, String label, TextEdit... edits) {
		offer(acceptor, label, List.of(edits));
	}

	private static void offer(DiagnosticResolutionAcceptor acceptor, String label, List<TextEdit> edits) {
		acceptor.accept(label, (diagnostic, object, document) -> edits);
	}

	// --- required parts: new sections at the end of the file -----------------------------------------

	@QuickFix(IssueCodes.MISSING_PURPOSE)
	public void addPurpose(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Add a purpose", context().appendSection(PURPOSE));
	}

	// No fix adds a mentor or a mentee: it would have to invent a person, a name and an e-mail address
	// (issue 12). The error says what is missing; the parties write it.

	/** Data: a suggested due date for the milestone (may be empty: then the skeleton has no milestone). */
	@QuickFix(IssueCodes.MISSING_GOAL)
	public void addGoal(DiagnosticResolutionAcceptor acceptor) {
		String due = context().data(0);
		StringBuilder goal = new StringBuilder("goal main-goal \"What the mentee will be able to do\"");
		if (!due.isEmpty()) {
			goal.append("\n").append(FixContext.INDENT).append(MILESTONE).append(due);
		}
		goal.append("\n").append(FixContext.INDENT).append(EVIDENCE);
		goal.append("\n").append(FixContext.INDENT).append(SUCCESS);
		offer(acceptor, "Add a goal", context().appendSection(goal.toString()));
	}

	@QuickFix(IssueCodes.MISSING_CADENCE)
	public void addCadence(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Add a cadence: biweekly for 60 minutes", context().appendSection(CADENCE));
	}

	@QuickFix(IssueCodes.MISSING_BOUNDARIES)
	public void addBoundaries(DiagnosticResolutionAcceptor acceptor) {
		offer(acceptor, "Add boundaries: reply within 2 working days",
				context().appendSection("boundaries\n" + FixContext.INDENT + RESPONSE_TIME));
	}

	/** Data: the mentor's and the mentee's names (empty when not declared). */
	@QuickFix(IssueCodes.MISSING_SIGN_OFF)
	public void addSignOff(DiagnosticResolutionAcceptor acceptor) {
		StringBuilder signOff = new StringBuilder("sign-off");
		for (int i = 0; i < 2; i++) {
			if (!context().data(i).isEmpty()) {
				signOff.append("\n").append(FixContext.INDENT).append(context().data(i)).append(" to sign");
			}
		}
		offer(acceptor, "Add a sign-off", context().appendSection(signOff.toString()));
	}

	/** Data: the suggested review date. */
	@QuickFix(IssueCodes.MISSING_REVIEW)
	public void addReview(DiagnosticResolutionAcceptor acceptor) {
		String date = context().data(0);
		if (!date.isEmpty()) {
			offer(acceptor, "Add a review on " + date, context().appendSection("review on " + date));
		}
	}

	// --- goals: the missing clause after the goal's last clause ----------------------------------------

	/** Data: a suggested due date (empty when the agreement has no start: then there is no clear fix). */
	@QuickFix(IssueCodes.GOAL_NO_MILESTONE)
	public void addMilestone(DiagnosticResolutionAcceptor acceptor) {
		String due = context().data(0);
		context().at(Goal.class).filter(g -> !due.isEmpty()).ifPresent(goal -> offer(acceptor,
				"Add a milestone due " + due, context().insertAfterLast(goal, MILESTONE + due)));
	}

	@QuickFix(IssueCodes.GOAL_NO_EVIDENCE)
	public void addEvidence(DiagnosticResolutionAcceptor acceptor) {
		context().at(Goal.class).ifPresent(goal -> offer(acceptor, "Add evidence the mentee will share",
				context().insertAfterLast(goal, EVIDENCE)));
	}

	@QuickFix(IssueCodes.GOAL_NOT_MEASURABLE)
	public void addSuccessCriterion(DiagnosticResolutionAcceptor acceptor) {
		context().at(Goal.class).ifPresent(goal -> offer(acceptor, "Add a success criterion you can count",
				context().insertAfterLast(goal, SUCCESS)));
	}

	// --- dates -------------------------------------------------------------------------------------------

	/** On the end date. Data: the start text, the end text. Equal dates have no clear fix. */
	@QuickFix(IssueCodes.TERM_END_BEFORE_START)
	public void swapTermDates(DiagnosticResolutionAcceptor acceptor) {
		String start = context().data(0);
		String end = context().data(1);
		Optional<Agreement> agreement = context().agreement();
		if (start.isEmpty() || end.isEmpty() || start.equals(end) || agreement.isEmpty()) {
			return;
		}
		Optional<INode> startNode = FixContext.node(agreement.get(), MentorPackage.Literals.AGREEMENT__START);
		Optional<INode> endNode = FixContext.node(agreement.get(), MentorPackage.Literals.AGREEMENT__END);
		if (startNode.isPresent() && endNode.isPresent()) {
			offer(acceptor, "Swap the start and end dates", context().replace(startNode.get(), end),
					context().replace(endNode.get(), start));
		}
	}

	/** On the review date. Data: the end date. */
	@QuickFix(IssueCodes.REVIEW_AFTER_END)
	public void moveReviewToEnd(DiagnosticResolutionAcceptor acceptor) {
		String end = context().data(0);
		context().at(Review.class).filter(r -> !end.isEmpty())
				.flatMap(r -> FixContext.node(r, MentorPackage.Literals.REVIEW__DATE))
				.ifPresent(date -> offer(acceptor, "Move the review to " + end, context().replace(date, end)));
	}

	// --- rhythm ----------------------------------------------------------------------------------------

	/** Data: the middle date of the term. */
	@QuickFix(IssueCodes.NO_MID_COURSE_CHECK_IN)
	public void addMidCourseCheckIn(DiagnosticResolutionAcceptor acceptor) {
		String date = context().data(0);
		if (!date.isEmpty()) {
			offer(acceptor, "Add a mid-course check-in on " + date,
					context().appendSection("check-in on " + date + " " + CHECK_IN_TEXT));
		}
	}

	/** Data: the suggested first retrospective date. */
	@QuickFix(IssueCodes.NO_RETROSPECTIVE)
	public void addRetrospective(DiagnosticResolutionAcceptor acceptor) {
		String date = context().data(0);
		if (!date.isEmpty()) {
			offer(acceptor, "Add a retrospective every 3 months from " + date, context().appendSection(
					"retrospective every 3 months starting " + date + "\n" + FixContext.INDENT + RETROSPECTIVE_PROMPT));
		}
	}

	/** Only for "every N ..." that is too short or too long; dated retrospectives far apart have no clear fix. */
	@QuickFix(IssueCodes.RETROSPECTIVE_INTERVAL)
	public void everyThreeMonths(DiagnosticResolutionAcceptor acceptor) {
		int start = context().start();
		context().at(Retrospective.class).filter(r -> r.getEvery() != null)
				.flatMap(r -> FixContext.node(r, MentorPackage.Literals.RETROSPECTIVE__EVERY))
				.filter(every -> FixContext.tokenStart(every) <= start && start < FixContext.tokenEnd(every))
				.ifPresent(every -> offer(acceptor, "Hold retrospectives every 3 months",
						context().replace(every, "3 months")));
	}

	// --- resources -------------------------------------------------------------------------------------

	/**
	 * On the cadence's frequency. Data: mentor, hours needed, hours committed, a lower frequency that
	 * fits (or empty), a session length in minutes that fits (or empty). Meeting less often is preferred:
	 * it keeps the sessions long enough to go deep.
	 */
	@QuickFix(IssueCodes.TIME_BUDGET_EXCEEDED)
	public void fitTheTimeBudget(DiagnosticResolutionAcceptor acceptor) {
		Optional<Schedule> schedule = context().at(Schedule.class);
		if (schedule.isEmpty()) {
			return;
		}
		String frequency = context().data(3);
		Optional<INode> frequencyNode = FixContext.node(schedule.get(), MentorPackage.Literals.SCHEDULE__FREQUENCY);
		if (!frequency.isEmpty() && frequencyNode.isPresent()) {
			offer(acceptor, "Meet " + frequency + " instead", context().replace(frequencyNode.get(), frequency));
		}
		String minutes = context().data(4);
		Optional<INode> durationNode = FixContext.node(schedule.get(), MentorPackage.Literals.SCHEDULE__DURATION);
		if (!minutes.isEmpty() && durationNode.isPresent()) {
			offer(acceptor, "Shorten sessions to " + minutes + " minutes",
					context().replace(durationNode.get(), minutes + " minutes"));
		}
	}

	/**
	 * Monthly on day 29, 30 or 31 misses the months without that day. Preferred: the last day of each
	 * month, which keeps the meeting at the month's end; or day 28, which every month has.
	 */
	@QuickFix(IssueCodes.MONTH_END)
	public void meetEveryMonth(DiagnosticResolutionAcceptor acceptor) {
		Optional<Schedule> schedule = context().at(Schedule.class);
		Optional<INode> day = schedule.flatMap(s -> FixContext.node(s, MentorPackage.Literals.SCHEDULE__DAY));
		Optional<INode> frequency = schedule.flatMap(s -> FixContext.node(s, MentorPackage.Literals.SCHEDULE__FREQUENCY));
		if (day.isPresent()) {
			offer(acceptor, "Meet on the last day of the month", context().replace(day.get(), "the last day"));
			offer(acceptor, "Meet on day 28", context().replace(day.get(), "day 28"));
		} else if (frequency.isPresent()) { // no day written: the term's start gave it
			offer(acceptor, "Meet on the last day of the month", context().replace(frequency.get(), "monthly on the last day"));
			offer(acceptor, "Meet on day 28", context().replace(frequency.get(), "monthly on day 28"));
		}
	}

	// --- boundaries and ethics ---------------------------------------------------------------------------

	/** A meeting of a series at a time that does not exist, or exists twice, on a clock-change day: skip that day. */
	@QuickFix(IssueCodes.DST_GAP)
	public void skipClockChangeDay(DiagnosticResolutionAcceptor acceptor) {
		skipTheMeeting(acceptor);
	}

	@QuickFix(IssueCodes.DST_OVERLAP)
	public void skipRepeatedHourDay(DiagnosticResolutionAcceptor acceptor) {
		skipTheMeeting(acceptor);
	}

	private void skipTheMeeting(DiagnosticResolutionAcceptor acceptor) {
		String date = context().data(0);
		context().at(Schedule.class).filter(s -> !date.isEmpty())
				.ifPresent(schedule -> offer(acceptor, "Skip the meeting on " + date,
						context().insertAfterLast(schedule, "skip " + date)));
	}

	@QuickFix(IssueCodes.NO_RESPONSE_TIME)
	public void addResponseTime(DiagnosticResolutionAcceptor acceptor) {
		Optional<Boundaries> boundaries = context().at(Boundaries.class)
				.or(() -> context().agreement().flatMap(a -> Agreements.sections(a, Boundaries.class).stream().findFirst()));
		boundaries.ifPresent(b -> offer(acceptor, "Add a response time: reply within 2 working days",
				context().insertAfterHeader(b, RESPONSE_TIME)));
	}

	@QuickFix(IssueCodes.NO_CONFIDENTIALITY)
	public void addConfidentiality(DiagnosticResolutionAcceptor acceptor) {
		addEthicsClause(acceptor, "Add a confidentiality clause", CONFIDENTIALITY);
	}

	@QuickFix(IssueCodes.NO_CONSENT)
	public void addConsent(DiagnosticResolutionAcceptor acceptor) {
		addEthicsClause(acceptor, "Add a consent clause", CONSENT);
	}

	@QuickFix(IssueCodes.NO_CONFLICT_OF_INTEREST)
	public void addConflictOfInterest(DiagnosticResolutionAcceptor acceptor) {
		addEthicsClause(acceptor, "Add conflicts of interest: none declared", CONFLICT_OF_INTEREST);
	}

	/** Into the first ethics section, or a new ethics section when there is none. */
	private void addEthicsClause(DiagnosticResolutionAcceptor acceptor, String label, String clause) {
		context().agreement().ifPresent(a -> {
			List<Ethics> sections = Agreements.sections(a, Ethics.class);
			offer(acceptor, label, sections.isEmpty() ? context().appendSection("ethics\n" + FixContext.INDENT + clause)
					: context().insertAfterHeader(sections.get(0), clause));
		});
	}

	// --- sign-off --------------------------------------------------------------------------------------

	/** On the sign-off keyword. Data: the party's name. */
	@QuickFix(IssueCodes.SIGN_OFF_PARTY_MISSING)
	public void addToSignOff(DiagnosticResolutionAcceptor acceptor) {
		String name = context().data(0);
		context().at(SignOff.class).filter(s -> !name.isEmpty()).ifPresent(signOff -> offer(acceptor,
				"Add " + name + " to the sign-off", context().insertAfterHeader(signOff, name + " to sign")));
	}

	/** Every "X signed on D" becomes "X to sign": both read and sign the changed agreement again. */
	@QuickFix(IssueCodes.CHANGED_AFTER_SIGN_OFF)
	public void reopenSignOff(DiagnosticResolutionAcceptor acceptor) {
		context().agreement().ifPresent(a -> {
			List<TextEdit> edits = new ArrayList<>();
			for (SignOff signOff : Agreements.sections(a, SignOff.class)) {
				for (Signature signature : signOff.getSignatures()) {
					Optional<INode> signed = FixContext.node(signature, MentorPackage.Literals.SIGNATURE__SIGNED);
					Optional<INode> date = FixContext.node(signature, MentorPackage.Literals.SIGNATURE__DATE);
					if (signature.isSigned() && signed.isPresent() && date.isPresent()) {
						int offset = FixContext.tokenStart(signed.get());
						edits.add(context().replace(offset, FixContext.tokenEnd(date.get()) - offset, "to sign"));
					}
				}
			}
			if (!edits.isEmpty()) {
				offer(acceptor, "Re-open sign-off: everyone signs again", edits);
			}
		});
	}

	// --- plain language ----------------------------------------------------------------------------------

	/**
	 * On the word inside a text. Data: the word, the plainer word. A capital first letter stays capital.
	 * Offered only where the plainer word reads correctly in the sentence ({@link JargonRewrites}):
	 * elsewhere the finding has no fix.
	 */
	@QuickFix(IssueCodes.JARGON)
	public void plainWord(DiagnosticResolutionAcceptor acceptor) {
		String word = context().data(0);
		if (word.isEmpty() || context().data(1).isEmpty() || !context().diagnosedText().equalsIgnoreCase(word)) {
			return;
		}
		String text = context().text();
		int start = context().start();
		JargonRewrites.of(text, start, context().diagnosedText()).ifPresent(r -> offer(acceptor,
				"Say \"" + r.text() + "\" instead of \"" + text.substring(start, start + r.length()) + "\"",
				context().replace(start, r.length(), r.text())));
	}

	// --- names -----------------------------------------------------------------------------------------

	/**
	 * Offered on the second and later of the things sharing a name (the first keeps it): the n-th
	 * duplicate gets the n-th free name of name-2, name-3..., so all can be fixed at once.
	 */
	@QuickFix(IssueCodes.DUPLICATE_NAME)
	public void renameDuplicate(DiagnosticResolutionAcceptor acceptor) {
		FixContext context = context();
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
				offer(acceptor, "Rename to " + candidate, context.replace(nameNode.get(), candidate));
				return;
			}
		}
	}

	/** The label of the fix that declares a new party: never preferred, never applied by mentor fix. */
	public static final String DECLARE_PARTY = "Declare a new party ";

	/**
	 * Whether a fix may be the preferred one (the one mentor fix applies): not one that declares a new
	 * party (it invents a person), nor one of several close names (which one is meant is a guess).
	 */
	public static boolean mayBePreferred(String label) {
		return !label.startsWith(DECLARE_PARTY) && !label.endsWith(" close names)");
	}

	/**
	 * Data: the name, then the close names in scope ("kofy": kofi), the closest first. Each close name
	 * is a fix (preferred when it is the only one); for a party, declaring a new one comes last: a
	 * stakeholder after the last party, its full name left for the parties to write.
	 */
	@QuickFix(IssueCodes.UNRESOLVED_REFERENCE)
	public void fixReference(DiagnosticResolutionAcceptor acceptor) {
		FixContext context = context();
		String name = context.data(0).isEmpty() ? context.diagnosedText() : context.data(0);
		List<String> close = context.dataFrom(1);
		if (context.diagnosedText().equals(name)) {
			for (String candidate : close) {
				offer(acceptor, "Change to " + candidate + (close.size() > 1 ? " (one of " + close.size() + " close names)" : ""),
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
		offer(acceptor, DECLARE_PARTY + name,
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

	// --- syntax --------------------------------------------------------------------------------------

	/**
	 * A syntax error with one likely correction (FriendlySyntaxErrors). Data: the replacement and the text
	 * it replaces, which contains or ends at the error's word: 'cadance' by cadence, '45 mins' by minutes,
	 * 8pm by 20:00, 'Ward 7' by "Ward 7".
	 */
	@QuickFix(IssueCodes.SYNTAX)
	public void correctSyntax(DiagnosticResolutionAcceptor acceptor) {
		FixContext context = context();
		String replacement = context.data(0);
		String original = context.data(1);
		if (replacement.isEmpty() || original.isEmpty()) {
			return;
		}
		int start = context.start();
		int at = context.text().indexOf(original, Math.max(0, start - original.length()));
		if (at < 0 || at > start || at + original.length() <= start) {
			return;
		}
		offer(acceptor, "Write " + replacement + " instead of " + original, context.replace(at, original.length(), replacement));
	}

	// --- time zone -------------------------------------------------------------------------------------

	/** On the time zone text. Data: the closest known zone (or empty: then there is no clear fix). */
	@QuickFix(IssueCodes.UNKNOWN_TIME_ZONE)
	public void closestTimeZone(DiagnosticResolutionAcceptor acceptor) {
		String zone = context().data(0);
		context().mentorDocument().filter(d -> !zone.isEmpty())
				.flatMap(d -> FixContext.node(d, MentorPackage.Literals.DOCUMENT__TIME_ZONE))
				.ifPresent(node -> offer(acceptor, "Use the time zone \"" + zone + "\"",
						context().replace(node, "\"" + zone + "\"")));
	}
}
