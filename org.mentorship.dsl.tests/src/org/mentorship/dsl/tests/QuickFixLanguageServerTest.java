package org.mentorship.dsl.tests;

import org.junit.Assert;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.Test;
import org.mentorship.dsl.tests.editor.CleanAgreement;
import org.mentorship.dsl.tests.editor.CodeActionsOnTheWire;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.gson.JsonElement;

/**
 * Every quick fix, used the way an editor uses it: open a document, take a published diagnostic,
 * send textDocument/codeAction for it (through JSON, as on the wire: the issue data comes back as a
 * JSON array), apply the returned WorkspaceEdit, and check (a) the exact text, (b) that the finding
 * is gone once the new text is validated, and (c) that no new error came with it.
 *
 * Dates are in 2030 so that no milestone is overdue while these tests are maintained.
 */
public class QuickFixLanguageServerTest extends AbstractLanguageServerTest {

	/** A complete agreement without findings; each test breaks one thing in it. */
	static final String VALID = CleanAgreement.TEXT;

	private final Map<String, Integer> versions = new HashMap<>();
	private int documents;

	public QuickFixLanguageServerTest() {
		super("mentor");
	}

	// --- the document of each test -----------------------------------------------------------------------

	/** The text with {@code from} (which must occur exactly once) replaced. */
	static String replace(String text, String from, String to) {
		int at = text.indexOf(from);
		assertTrue("not in the text: " + from, at >= 0 && text.indexOf(from, at + 1) < 0);
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	static String without(String text, String part) {
		return replace(text, part, "");
	}

	@Test
	public void theValidAgreementHasNoFindings() {
		String uri = openDocument(VALID);
		Assert.assertEquals("", describe(diagnostics(uri)));
	}

	@Test
	public void codeActionsAreAdvertised() {
		InitializeResult result = initialize();
		Assert.assertEquals(Either.forLeft(true), result.getCapabilities().getCodeActionProvider());
	}

	// --- required parts ----------------------------------------------------------------------------------

	@Test
	public void missingPurpose() {
		String text = without(VALID, "purpose \"Grace wants to lead design reviews by the summer.\"\n\n");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				purpose "What both of you want to achieve, and why it matters."
				"""), fix(text, IssueCodes.MISSING_PURPOSE, "Add a purpose"));
	}

	@Test
	public void aNewSectionGoesAfterTrailingCommentsAndKeepsAMissingFinalLineBreakMissing() {
		String text = without(VALID, "purpose \"Grace wants to lead design reviews by the summer.\"\n\n")
				.replace("review on 2030-06-01\n", "review on 2030-06-01\n// signed copy in the shared folder");
		Assert.assertEquals(text + "\n\npurpose \"What both of you want to achieve, and why it matters.\"",
				fix(text, IssueCodes.MISSING_PURPOSE, "Add a purpose"));
	}

	/** Issue 12: a fix never invents a person, a name or an e-mail address (it used to add "Full Name"). */
	@Test
	public void missingMentorOrMenteeHasNoFix() {
		String noMentor = without(without(without(VALID, "mentor ada \"Ada Lovelace\" email \"ada@example.org\"\n"),
				"  ada signed on 2030-01-07\n"), "resources\n  ada offers 3 hours per month \"sessions\"\n\n");
		String uri = openDocument(noMentor);
		Assert.assertEquals(List.of(), titles(codeActions(uri, only(diagnostics(uri), IssueCodes.MISSING_MENTOR))));
		String noMentee = without(without(VALID, "mentee grace \"Grace Hopper\" email \"grace@example.org\"\n"),
				"  grace signed on 2030-01-07\n").replace(" from grace", "");
		uri = openDocument(noMentee);
		Assert.assertEquals(List.of(), titles(codeActions(uri, only(diagnostics(uri), IssueCodes.MISSING_MENTEE))));
	}

	@Test
	public void missingGoal() {
		String text = without(VALID, """
				goal reviews "Lead three design reviews"
				  milestone "Shadow a review" due 2030-02-15
				  evidence "review notes" from grace
				  success at least 3 "reviews led"

				""");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				goal main-goal "What the mentee will be able to do"
				  milestone "First step" due 2030-02-07
				  evidence "what the mentee will share"
				  success at least 1 "thing you can see or count"
				"""), fix(text, IssueCodes.MISSING_GOAL, "Add a goal"));
	}

	@Test
	public void missingCadence() {
		String text = without(VALID, "cadence\n  monthly on the first Tuesday at 10:00 for 60 minutes by video\n\n");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				cadence
				  biweekly on Tuesday at 10:00 for 60 minutes by video
				"""), fix(text, IssueCodes.MISSING_CADENCE, "Add a cadence: biweekly for 60 minutes"));
	}

	@Test
	public void missingBoundaries() {
		String text = without(VALID, "boundaries\n  reply within 2 working days on \"e-mail\"\n\n");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				boundaries
				  reply within 2 working days on "e-mail"
				"""), fix(text, IssueCodes.MISSING_BOUNDARIES, "Add boundaries: reply within 2 working days"));
	}

	@Test
	public void missingSignOff() {
		String text = without(VALID, "sign-off\n  ada signed on 2030-01-07\n  grace signed on 2030-01-07\n\n");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				sign-off
				  ada to sign
				  grace to sign
				"""), fix(text, IssueCodes.MISSING_SIGN_OFF, "Add a sign-off"));
	}

	@Test
	public void missingReview() {
		String text = without(VALID, "\nreview on 2030-06-01\n");
		Assert.assertEquals(text + "\nreview on 2030-04-07\n", fix(text, IssueCodes.MISSING_REVIEW, "Add a review on 2030-04-07"));
	}

	// --- goals -----------------------------------------------------------------------------------------

	@Test
	public void goalWithoutMilestone() {
		String text = without(VALID, "  milestone \"Shadow a review\" due 2030-02-15\n");
		Assert.assertEquals(replace(text, "  success at least 3 \"reviews led\"\n", """
				  success at least 3 "reviews led"
				  milestone "First step" due 2030-02-07
				"""), fix(text, IssueCodes.GOAL_NO_MILESTONE, "Add a milestone due 2030-02-07"));
	}

	@Test
	public void goalWithoutEvidence() {
		String text = without(VALID, "  evidence \"review notes\" from grace\n");
		Assert.assertEquals(replace(text, "  success at least 3 \"reviews led\"\n", """
				  success at least 3 "reviews led"
				  evidence "what the mentee will share"
				"""), fix(text, IssueCodes.GOAL_NO_EVIDENCE, "Add evidence the mentee will share"));
	}

	@Test
	public void goalNotMeasurable() {
		String text = replace(VALID, "success at least 3 \"reviews led\"", "success \"reviews led\"");
		Assert.assertEquals(replace(text, "  success \"reviews led\"\n", """
				  success "reviews led"
				  success at least 1 "thing you can see or count"
				"""), fix(text, IssueCodes.GOAL_NOT_MEASURABLE, "Add a success criterion you can count"));
	}

	@Test
	public void aClauseGoesAfterACommentThatEndsTheGoal() {
		String text = replace(VALID, "  success at least 3 \"reviews led\"\n",
				"  success at least 3 \"reviews led\" // the team lead counts\n");
		String withoutEvidence = without(text, "  evidence \"review notes\" from grace\n");
		Assert.assertEquals(replace(withoutEvidence, "// the team lead counts\n", """
				// the team lead counts
				  evidence "what the mentee will share"
				"""), fix(withoutEvidence, IssueCodes.GOAL_NO_EVIDENCE, "Add evidence the mentee will share"));
	}

	// --- dates -----------------------------------------------------------------------------------------

	@Test
	public void endBeforeStart() {
		String text = replace(VALID, "from 2030-01-07 to 2030-06-28", "from 2030-06-28 to 2030-01-07");
		Assert.assertEquals(VALID, fix(text, IssueCodes.TERM_END_BEFORE_START, "Swap the start and end dates"));
	}

	@Test
	public void anEndInAnEarlierYearGetsTheStartsYear() {
		// a year mistyped in the end ("to 2029-06-28" for 2030-06-28): swapping made a term from 2029-06-28 to
		// 2030-01-07, with every milestone and the review after its end; the preferred fix now corrects the year
		String text = replace(VALID, "from 2030-01-07 to 2030-06-28", "from 2030-01-07 to 2029-06-28");
		Assert.assertEquals(VALID, fix(text, IssueCodes.TERM_END_BEFORE_START, "End on 2030-06-28"));
		String uri = openDocument(text);
		List<CodeAction> actions = codeActions(uri, only(diagnostics(uri), IssueCodes.TERM_END_BEFORE_START));
		Assert.assertEquals(List.of("End on 2030-06-28", "Swap the start and end dates"), titles(actions));
		assertTrue("the year's correction is preferred", Boolean.TRUE.equals(actions.get(0).getIsPreferred()));
	}

	@Test
	public void reviewAfterTheEnd() {
		String text = replace(VALID, "review on 2030-06-01", "review on 2030-07-15");
		Assert.assertEquals(replace(VALID, "review on 2030-06-01", "review on 2030-06-28"),
				fix(text, IssueCodes.REVIEW_AFTER_END, "Move the review to 2030-06-28"));
	}

	// --- rhythm ----------------------------------------------------------------------------------------

	@Test
	public void noMidCourseCheckIn() {
		String text = without(VALID, "check-in on 2030-04-01 \"Halfway: are the goals still right?\"\n\n");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				check-in on 2030-04-03 "Recalibrate the goals: what changed?"
				"""), fix(text, IssueCodes.NO_MID_COURSE_CHECK_IN, "Add a mid-course check-in on 2030-04-03"));
	}

	@Test
	public void noRetrospective() {
		String text = without(VALID,
				"retrospective every 3 months starting 2030-04-07\n  prompt \"What helped you grow this period?\"\n\n");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				retrospective every 3 months starting 2030-04-07
				  prompt "What helped you grow this period?"
				"""), fix(text, IssueCodes.NO_RETROSPECTIVE, "Add a retrospective every 3 months from 2030-04-07"));
	}

	@Test
	public void retrospectivesTooOften() {
		String text = replace(VALID, "every 3 months starting", "every 6 weeks starting");
		Assert.assertEquals(VALID, fix(text, IssueCodes.RETROSPECTIVE_INTERVAL, "Hold retrospectives every 3 months"));
	}

	@Test
	public void meetingOnAClockChangeDayIsSkipped() {
		// Europe/Berlin skips 02:00-03:00 on Sunday 2030-03-31
		String schedule = "monthly on the first Tuesday at 10:00 for 60 minutes by video";
		String text = replace(VALID, schedule, "monthly on the last Sunday at 02:30 for 60 minutes by video");
		Assert.assertEquals(replace(text, "02:30 for 60 minutes by video", "02:30 for 60 minutes by video\n  skip 2030-03-31"),
				fix(text, IssueCodes.DST_GAP, "Skip the meeting on 2030-03-31"));
	}

	@Test
	public void monthlyOnDay31MeetsOnTheLastDayOrOnDay28() {
		String first = "monthly on the first Tuesday";
		String text = replace(VALID, first, "monthly on day 31");
		Assert.assertEquals(replace(VALID, first, "monthly on the last day"),
				fix(text, IssueCodes.MONTH_END, "Meet on the last day of the month"));
		Assert.assertEquals(replace(VALID, first, "monthly on day 28"), fix(text, IssueCodes.MONTH_END, "Meet on day 28"));
		// no day written: a term from the 31st gave it
		String from31st = replace(replace(VALID, first, "monthly"), "from 2030-01-07", "from 2029-12-31");
		Assert.assertEquals(replace(from31st, "monthly", "monthly on the last day"),
				fix(from31st, IssueCodes.MONTH_END, "Meet on the last day of the month"));
	}

	@Test
	public void datedRetrospectivesTooFarApartHaveNoFix() {
		String text = replace(VALID, "retrospective every 3 months starting 2030-04-07",
				"retrospective on 2030-06-20");
		String uri = openDocument(text);
		Assert.assertEquals(List.of(), titles(codeActions(uri, only(diagnostics(uri), IssueCodes.RETROSPECTIVE_INTERVAL))));
	}

	// --- time budget -----------------------------------------------------------------------------------

	static final String OVER_BUDGET = replace(VALID, "monthly on the first Tuesday at 10:00 for 60 minutes",
			"weekly on Tuesday at 10:00 for 60 minutes");

	@Test
	public void overBudgetMeetLessOften() {
		Assert.assertEquals(replace(OVER_BUDGET, "weekly on Tuesday", "biweekly on Tuesday"),
				fix(OVER_BUDGET, IssueCodes.TIME_BUDGET_EXCEEDED, "Meet biweekly instead"));
	}

	@Test
	public void overBudgetShorterSessions() {
		Assert.assertEquals(replace(OVER_BUDGET, "for 60 minutes", "for 40 minutes"),
				fix(OVER_BUDGET, IssueCodes.TIME_BUDGET_EXCEEDED, "Shorten sessions to 40 minutes"));
	}

	@Test
	public void overBudgetEvenMonthlyOnlyShortens() {
		String text = replace(VALID, "ada offers 3 hours per month", "ada offers 50 minutes per month");
		String uri = openDocument(text);
		Assert.assertEquals(List.of("Shorten sessions to 40 minutes"),
				titles(codeActions(uri, only(diagnostics(uri), IssueCodes.TIME_BUDGET_EXCEEDED))));
	}

	// --- boundaries and ethics -----------------------------------------------------------------------------

	@Test
	public void noResponseTime() {
		String text = replace(VALID, "reply within 2 working days on \"e-mail\"", "channels \"e-mail\"");
		Assert.assertEquals(replace(text, "boundaries\n", """
				boundaries
				  reply within 2 working days on "e-mail"
				"""), fix(text, IssueCodes.NO_RESPONSE_TIME, "Add a response time: reply within 2 working days"));
	}

	@Test
	public void noConfidentiality() {
		String text = without(VALID, "  confidentiality \"What we discuss stays between us.\"\n");
		Assert.assertEquals(replace(text, "ethics\n", """
				ethics
				  confidentiality "What we discuss stays between us unless we both agree otherwise."
				"""), fix(text, IssueCodes.NO_CONFIDENTIALITY, "Add a confidentiality clause"));
	}

	@Test
	public void noConsent() {
		String text = without(VALID, "  consent \"Ada asks before sharing Grace's work.\"\n");
		Assert.assertEquals(replace(text, "ethics\n", """
				ethics
				  consent "We ask before using each other's work as an example anywhere else."
				"""), fix(text, IssueCodes.NO_CONSENT, "Add a consent clause"));
	}

	@Test
	public void noConflictOfInterest() {
		String text = without(VALID, "  conflicts of interest \"none declared\"\n");
		Assert.assertEquals(replace(text, "ethics\n", """
				ethics
				  conflicts of interest "none declared"
				"""), fix(text, IssueCodes.NO_CONFLICT_OF_INTEREST, "Add conflicts of interest: none declared"));
	}

	@Test
	public void noEthicsSectionAtAll() {
		String text = without(VALID, """
				ethics
				  confidentiality "What we discuss stays between us."
				  consent "Ada asks before sharing Grace's work."
				  conflicts of interest "none declared"

				""");
		Assert.assertEquals(replace(text, "review on 2030-06-01\n", """
				review on 2030-06-01

				ethics
				  confidentiality "What we discuss stays between us unless we both agree otherwise."
				"""), fix(text, IssueCodes.NO_CONFIDENTIALITY, "Add a confidentiality clause"));
	}

	@Test
	public void aClauseGoesAfterTheHeaderOfASectionLikeADefault() {
		String programme = """
				programme cohort "Cohort"
				  time zone "Europe/Berlin"

				boundaries standard
				  channels "e-mail"
				""";
		writeFile("cohort.mentor", programme);
		String text = replace(replace(VALID, "  time zone \"Europe/Berlin\"\n", "  programme cohort\n"),
				"boundaries\n  reply within 2 working days on \"e-mail\"\n", "boundaries like standard // from the cohort\n");
		Assert.assertEquals(replace(text, "// from the cohort\n", """
				// from the cohort
				  reply within 2 working days on "e-mail"
				"""), fix(text, IssueCodes.NO_RESPONSE_TIME, "Add a response time: reply within 2 working days"));
	}

	// --- sign-off --------------------------------------------------------------------------------------

	@Test
	public void partyMissingFromSignOff() {
		String text = without(VALID, "  grace signed on 2030-01-07\n");
		Assert.assertEquals(replace(text, "sign-off\n", "sign-off\n  grace to sign\n"),
				fix(text, IssueCodes.SIGN_OFF_PARTY_MISSING, "Add grace to the sign-off"));
	}

	@Test
	public void changedAfterSignOff() {
		String text = VALID + "\nchanged on 2030-02-01 \"Added a second goal.\"\n";
		Assert.assertEquals(replace(replace(text, "ada signed on 2030-01-07", "ada to sign"), "grace signed on 2030-01-07",
				"grace to sign"), fix(text, IssueCodes.CHANGED_AFTER_SIGN_OFF, "Re-open sign-off: everyone signs again"));
	}

	// --- plain language ----------------------------------------------------------------------------------

	@Test
	public void jargonWithACapital() {
		String text = replace(VALID, "\"Grace wants to lead design reviews by the summer.\"",
				"\"Leverage Ada's experience so Grace leads design reviews by the summer.\"");
		Assert.assertEquals(replace(text, "Leverage Ada's", "Use Ada's"),
				fix(text, IssueCodes.JARGON, "Say \"Use\" instead of \"Leverage\""));
	}

	@Test
	public void jargonInLowerCase() {
		String text = replace(VALID, "\"Halfway: are the goals still right?\"",
				"\"Halfway: touch base on the goals.\"");
		Assert.assertEquals(replace(text, "touch base on", "talk on"),
				fix(text, IssueCodes.JARGON, "Say \"talk\" instead of \"touch base\""));
	}

	/**
	 * The plainer word only goes where it reads correctly (JargonRewrites, docs/rules.md): elsewhere the
	 * finding stays, without a fix.
	 */
	@Test
	public void jargonIsOnlyRewrittenWhereTheSentenceStillReads() {
		Map<String, String> good = new java.util.LinkedHashMap<>();
		good.put("Reach out to Ada before the sessions.", "Contact Ada before the sessions.");
		good.put("Circle back to the goals in June.", "Come back to the goals in June.");
		good.put("Going forward, we meet monthly.", "From now on, we meet monthly.");
		good.put("Grace shares a deep dive into one review.", "Grace shares a close look into one review.");
		good.put("Ideate on the next project.", "Come up with ideas on the next project.");
		good.put("We write down our learnings.", "We write down our lessons.");
		good.put("Grace will leverage the reviews.", "Grace will use the reviews.");
		good.put("Use synergies between teams.", "Use shared benefits between teams.");
		for (Map.Entry<String, String> e : good.entrySet()) {
			String text = purpose(e.getKey());
			String fixed = fix(text, IssueCodes.JARGON, titles(codeActions(text)).get(0));
			Assert.assertEquals(e.getKey(), purpose(e.getValue()), fixed);
		}
		for (String bad : List.of("Use shared benefits to circle back with the platform team.", "Reach out when stuck.",
				"Make an actionable plan.", "Keep going forward with the plan.", "We have more leverage now.",
				"Ideate solutions together.", "A low-hanging fruit is enough.", "We deep dive into data.",
				"Create synergy across teams.", "A bandwidth of one hour is small.")) {
			String text = purpose(bad);
			String uri = openDocument(text);
			Diagnostic jargon = only(diagnostics(uri), IssueCodes.JARGON);
			Assert.assertEquals(bad, List.of(), titles(codeActions(uri, jargon)));
		}
	}

	private static String purpose(String sentence) {
		return replace(VALID, "\"Grace wants to lead design reviews by the summer.\"", "\"" + sentence + "\"");
	}

	private List<CodeAction> codeActions(String text) {
		String uri = openDocument(text);
		return codeActions(uri, only(diagnostics(uri), IssueCodes.JARGON));
	}

	// --- broken references ----------------------------------------------------------------------------

	/**
	 * A misspelled reference is one message, the linking error: the rules that need what it refers to
	 * (a programme default's clauses, the programme's time zone, the party of a signature or of a time
	 * commitment) do not
	 * report, so no fix adds what the reference may well hold.
	 */
	@Test
	public void nothingIsMissingBehindAnUnresolvedReference() {
		String like = replace(replace(VALID, "boundaries\n  reply within 2 working days on \"e-mail\"\n",
				"boundaries like standrad\n"), "ethics\n  confidentiality \"What we discuss stays between us.\"\n",
				"ethics like standrd\n  confidentiality \"What we discuss stays between us.\"\n");
		String noZone = replace(VALID, "  time zone \"Europe/Berlin\"\n", "  programme women-in-tech\n");
		String signature = replace(VALID, "grace signed on", "grcae signed on");
		String offers = replace(VALID, "ada offers 3 hours", "adda offers 3 hours");
		int n = 0;
		for (String text : List.of(like, noZone, signature, offers)) {
			// each its own id: the documents share a workspace
			String uri = openDocument(replace(text, "agreement ada-grace ", "agreement ada-grace-" + ++n + " "));
			List<Diagnostic> diagnostics = diagnostics(uri);
			Assert.assertFalse(describe(diagnostics), diagnostics.isEmpty());
			Assert.assertTrue(describe(diagnostics), diagnostics.stream()
					.allMatch(d -> IssueCodes.UNRESOLVED_REFERENCE.equals(d.getCode().getLeft())));
			for (Diagnostic d : diagnostics) {
				for (String title : titles(codeActions(uri, d))) {
					// only ways to mend the reference itself: a close name, or (never preferred) declaring the party
					Assert.assertTrue(title, title.startsWith("Change to ") || title.startsWith("Declare a new party "));
				}
			}
		}
	}

	// --- names -----------------------------------------------------------------------------------------

	@Test
	public void duplicateNameRenamesTheSecond() {
		String text = replace(VALID, "cadence\n", """
				goal reviews "Give feedback on five pull requests"
				  milestone "First review" due 2030-03-01
				  evidence "the review comments"
				  success at least 5 "pull requests reviewed"

				cadence
				""");
		String uri = openDocument(text);
		List<Diagnostic> duplicates = diagnostics(uri).stream()
				.filter(d -> IssueCodes.DUPLICATE_NAME.equals(d.getCode().getLeft())).toList();
		Assert.assertEquals("the first keeps its name: only the second is reported", 1, duplicates.size());
		Assert.assertEquals(replace(text, "goal reviews \"Give feedback", "goal reviews-2 \"Give feedback"),
				fix(text, IssueCodes.DUPLICATE_NAME, 0, "Rename to reviews-2"));
	}

	/** Issue 12: a misspelled name is corrected to the close one in scope; that fix is preferred. */
	@Test
	public void misspelledPartyIsCorrected() {
		String text = replace(VALID, "from grace", "from gracie");
		String uri = openDocument(text);
		List<CodeAction> actions = codeActions(uri, only(diagnostics(uri), IssueCodes.UNRESOLVED_REFERENCE));
		Assert.assertEquals(List.of("Change to grace", "Declare a new party gracie"), titles(actions));
		Assert.assertEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
		Assert.assertNotEquals(Boolean.TRUE, actions.get(1).getIsPreferred());
		Assert.assertEquals(VALID, fix(text, IssueCodes.UNRESOLVED_REFERENCE, "Change to grace"));
	}

	/** Declaring a new party is offered, never preferred, and leaves the full name for the parties to write. */
	@Test
	public void declaringANewPartyIsNeverPreferred() {
		String text = replace(VALID, "from grace", "from zoltan");
		String uri = openDocument(text);
		List<CodeAction> actions = codeActions(uri, only(diagnostics(uri), IssueCodes.UNRESOLVED_REFERENCE));
		Assert.assertEquals(List.of("Declare a new party zoltan"), titles(actions));
		Assert.assertNotEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
		Assert.assertEquals(replace(text, "email \"grace@example.org\"\n", """
				email "grace@example.org"
				stakeholder zoltan ""
				"""), fix(text, IssueCodes.UNRESOLVED_REFERENCE, "Declare a new party zoltan"));
	}

	/** Close names come from other files too: here a contact of the programme the agreement names. */
	@Test
	public void misspelledNameFromAnotherFile() {
		openDocument("programme wit \"Women in Tech\"\n\ncontact office \"Programme office\" email \"office@example.org\"\n");
		String text = replace(VALID, "  time zone \"Europe/Berlin\"\n", "  time zone \"Europe/Berlin\"\n  programme wit\n")
				+ "\nescalation\n  first ofice \"talk it through\"\n";
		Assert.assertEquals(replace(text, "first ofice", "first office"),
				fix(text, IssueCodes.UNRESOLVED_REFERENCE, "Change to office"));
	}

	@Test
	public void misspelledGoalIsCorrected() {
		String text = replace(VALID, "\"Halfway: are the goals still right?\"",
				"\"Halfway: are the goals still right?\" about reveiws");
		Assert.assertEquals(replace(text, "about reveiws", "about reviews"),
				fix(text, IssueCodes.UNRESOLVED_REFERENCE, "Change to reviews"));
	}

	// --- syntax: one likely correction (issue 12) -------------------------------------------------------

	@Test
	public void misspelledSectionKeyword() {
		Assert.assertEquals(VALID, fix(replace(VALID, "\ncadence\n", "\ncadance\n"), IssueCodes.SYNTAX,
				"Write cadence instead of cadance"));
	}

	@Test
	public void capitalisedSectionKeyword() {
		Assert.assertEquals(VALID, fix(replace(VALID, "\ngoal reviews", "\nGoal reviews"), IssueCodes.SYNTAX,
				"Write goal instead of Goal"));
	}

	@Test
	public void shortUnit() {
		Assert.assertEquals(VALID, fix(replace(VALID, "60 minutes", "60 mins"), IssueCodes.SYNTAX,
				"Write minutes instead of mins"));
	}

	@Test
	public void twelveHourClock() {
		String text = replace(VALID, "at 10:00 for", "at 10am for");
		Assert.assertEquals(VALID, fix(text, IssueCodes.SYNTAX, "Write 10:00 instead of 10am"));
		Assert.assertEquals(replace(VALID, "at 10:00 for", "at 20:00 for"),
				fix(replace(VALID, "at 10:00 for", "at 8pm for"), IssueCodes.SYNTAX, "Write 20:00 instead of 8pm"));
		Assert.assertEquals(replace(VALID, "at 10:00 for", "at 20:30 for"),
				fix(replace(VALID, "at 10:00 for", "at 8:30pm for"), IssueCodes.SYNTAX, "Write 20:30 instead of 8:30pm"));
		Assert.assertEquals(replace(VALID, "at 10:00 for", "at 00:45 for"),
				fix(replace(VALID, "at 10:00 for", "at 12:45am for"), IssueCodes.SYNTAX, "Write 00:45 instead of 12:45am"));
		// with a space before it, as often typed, and in capitals
		Assert.assertEquals(replace(VALID, "at 10:00 for", "at 17:30 for"),
				fix(replace(VALID, "at 10:00 for", "at 5:30 PM for"), IssueCodes.SYNTAX, "Write 17:30 instead of 5:30 PM"));
		Assert.assertEquals(replace(VALID, "at 10:00 for", "at 09:00 for"),
				fix(replace(VALID, "at 10:00 for", "at 9 am for"), IssueCodes.SYNTAX, "Write 09:00 instead of 9 am"));
	}

	@Test
	public void numbersInWordsAndATimeWithoutAt() {
		Assert.assertEquals(VALID, fix(replace(VALID, "success at least 3", "success at least three"), IssueCodes.SYNTAX,
				"Write 3 instead of three"));
		Assert.assertEquals(VALID, fix(replace(VALID, "at 10:00 for 60 minutes", "at 10:00 for sixty minutes"),
				IssueCodes.SYNTAX, "Write 60 instead of sixty"));
	}

	@Test
	public void unquotedEmailAddress() {
		Assert.assertEquals(VALID, fix(replace(VALID, "email \"ada@example.org\"", "email ada@example.org"), IssueCodes.SYNTAX,
				"Write \"ada@example.org\" instead of ada@example.org"));
	}

	@Test
	public void otherNotationsOfTimesAmountsAndWords() {
		Assert.assertEquals(VALID, fix(replace(VALID, "at 10:00 for 60 minutes", "at 10:00-11:00"), IssueCodes.SYNTAX,
				"Write 10:00 for 60 minutes instead of 10:00-11:00"));
		Assert.assertEquals(VALID, fix(replace(VALID, "3 hours per month", "3 hours a month"), IssueCodes.SYNTAX,
				"Write per instead of a"));
		Assert.assertEquals(replace(VALID, "ada signed on", "ada signed on"), fix(replace(VALID, "ada signed on", "ada signed"),
				IssueCodes.SYNTAX, "Write ada signed on instead of ada signed"));
		Assert.assertEquals(VALID, fix(replace(VALID, "time zone", "timezone"), IssueCodes.SYNTAX,
				"Write time zone instead of timezone"));
		Assert.assertEquals(VALID, fix(replace(VALID, "\"Europe/Berlin\"", "Europe/Berlin"), IssueCodes.SYNTAX,
				"Write \"Europe/Berlin\" instead of Europe/Berlin"));
		Assert.assertEquals(replace(VALID, "for 60 minutes", "for 1 hour"), fix(replace(VALID, "for 60 minutes", "for an hour"),
				IssueCodes.SYNTAX, "Write 1 instead of an"));
	}

	@Test
	public void howOftenInWords() {
		String monthly = "monthly on the first Tuesday";
		Assert.assertEquals(replace(VALID, monthly, "biweekly on Tuesday"), fix(replace(VALID, monthly,
				"every other week on Tuesday"), IssueCodes.SYNTAX, "Write biweekly instead of every other week"));
		Assert.assertEquals(replace(VALID, monthly, "biweekly on Tuesday"), fix(replace(VALID, monthly,
				"Fortnightly on Tuesday"), IssueCodes.SYNTAX, "Write biweekly instead of Fortnightly"));
		Assert.assertEquals(replace(VALID, monthly, "weekly on Tuesday"), fix(replace(VALID, monthly,
				"every week on Tuesday"), IssueCodes.SYNTAX, "Write weekly instead of every week"));
	}

	@Test
	public void singleQuotes() {
		String ward = replace(VALID, "by video", "in person at \"Ward 7 staff room\"");
		Assert.assertEquals(ward, fix(replace(ward, "\"Ward 7 staff room\"", "'Ward 7 staff room'"), IssueCodes.SYNTAX,
				"Write \"Ward 7 staff room\" instead of 'Ward 7 staff room'"));
	}

	@Test
	public void termWithUntil() {
		Assert.assertEquals(VALID, fix(replace(VALID, " to 2030-06-28", " until 2030-06-28"), IssueCodes.SYNTAX,
				"Write to instead of until"));
	}

	// --- time zone -------------------------------------------------------------------------------------

	@Test
	public void misspelledTimeZone() {
		String text = replace(VALID, "\"Europe/Berlin\"", "\"Europe/Berln\"");
		Assert.assertEquals(VALID, fix(text, IssueCodes.UNKNOWN_TIME_ZONE, "Use the time zone \"Europe/Berlin\""));
	}

	// --- the preferred fix -------------------------------------------------------------------------------

	/** Each diagnostic with fixes has exactly one preferred fix, the first; over budget, meeting less often. */
	@Test
	public void exactlyOnePreferredFixPerDiagnostic() {
		String text = replace(without(OVER_BUDGET, "purpose \"Grace wants to lead design reviews by the summer.\"\n\n"),
				"review on 2030-06-01", "review on 2030-07-15");
		String uri = openDocument(text);
		int withFixes = 0;
		for (Diagnostic diagnostic : diagnostics(uri)) {
			List<CodeAction> actions = codeActions(uri, diagnostic);
			if (!actions.isEmpty()) {
				withFixes++;
				Assert.assertEquals(diagnostic.getMessage().getLeft(), 1,
						actions.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).count());
				Assert.assertEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
			}
		}
		Assert.assertEquals(3, withFixes);
		List<CodeAction> budget = codeActions(uri, only(diagnostics(uri), IssueCodes.TIME_BUDGET_EXCEEDED));
		Assert.assertEquals(List.of("Meet biweekly instead", "Shorten sessions to 40 minutes"), titles(budget));
	}

	// --- the client side -------------------------------------------------------------------------------

	/**
	 * Opens the text, applies the quick fix with the given label to the (only) diagnostic with the
	 * code, re-validates, and returns the fixed text.
	 */
	private String fix(String text, String code, String label) {
		return fix(text, code, 0, label);
	}

	/** As above, for the diagnostic with the code at the given index (0 for the first) when there are several. */
	private String fix(String text, String code, int index, String label) {
		String uri = openDocument(text);
		List<Diagnostic> before = diagnostics(uri);
		List<Diagnostic> withCode = before.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
		List<CodeAction> actions = codeActions(uri, index == 0 ? only(before, code) : withCode.get(index));
		CodeAction action = actions.stream().filter(a -> a.getTitle().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + label + "' among " + titles(actions)));
		String fixed = CodeActionsOnTheWire.apply(uri, text, action.getEdit());

		change(uri, fixed);
		List<Diagnostic> after = diagnostics(uri);
		assertTrue(code + " still reported after the fix:\n" + describe(after),
				after.stream().noneMatch(d -> code.equals(d.getCode().getLeft())));
		List<String> errorsBefore = errors(before);
		List<String> newErrors = errors(after).stream().filter(e -> !errorsBefore.contains(e)).toList();
		Assert.assertEquals("new errors after the fix", List.of(), newErrors);
		return fixed;
	}

	private String openDocument(String text) {
		if (documents == 0) {
			initialize();
		}
		String uri = writeFile("agreement-" + ++documents + ".mentor", text);
		open(uri, text);
		versions.put(uri, 1);
		return uri;
	}

	private void change(String uri, String text) {
		int version = versions.merge(uri, 1, Integer::sum);
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	private List<Diagnostic> diagnostics(String uri) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		assertNotNull("no diagnostics published for " + uri, diagnostics);
		return diagnostics;
	}

	private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
		List<Diagnostic> found = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
		Assert.assertEquals("expected one " + code + " in:\n" + describe(diagnostics), 1, found.size());
		return found.get(0);
	}

	/** textDocument/codeAction as a client sends it: the request and the answer go through JSON. */
	private List<CodeAction> codeActions(String uri, Diagnostic diagnostic) {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		Object data = CodeActionsOnTheWire.sent(params).getContext().getDiagnostics().get(0).getData();
		assertTrue("the issue data arrives as JSON: " + data, data == null || data instanceof JsonElement);
		return CodeActionsOnTheWire.ask(languageServer, params);
	}

	private static List<String> titles(List<CodeAction> actions) {
		return actions.stream().map(CodeAction::getTitle).toList();
	}

	private static List<String> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
				.map(d -> d.getCode().getLeft() + ": " + d.getMessage().getLeft()).toList();
	}

	private static String describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ":"
				+ (d.getRange().getStart().getCharacter() + 1) + " " + d.getCode().getLeft() + " " + d.getMessage().getLeft())
				.collect(Collectors.joining("\n"));
	}
}
