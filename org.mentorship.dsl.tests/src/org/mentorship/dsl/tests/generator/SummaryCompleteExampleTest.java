package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.html.SummaryGenerator;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;

/** The parties' summary of examples/complete.mentor (every section of the language), part by part. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SummaryCompleteExampleTest {

	@Inject
	private ExampleAgreements examples;

	@Inject
	private SummaryGenerator generator;

	private SummaryPage page;

	@BeforeEach
	void generate() {
		page = SummaryPage.parse(generator.summary(examples.load().get("complete"), Audience.PARTIES));
	}

	@Test
	void headerHasTitleIdVersionTermAndTimeZone() {
		assertEquals("Growing into a tech lead \u2013 mentorship agreement", page.text("/html/head/title"));
		assertEquals("Growing into a tech lead", page.text("//header/h1"));
		assertEquals(List.of("Agreement", "Version", "Term", "Time zone"), page.texts("//header/dl/div/dt"));
		assertEquals(List.of("ada-grace-2027", "2", "11 January 2027 to 9 July 2027", "Europe/Berlin"),
				page.texts("//header/dl/div/dd"));
		assertEquals(List.of("2027-01-11", "2027-07-09"),
				page.all("//header//time").stream().map(t -> t.getAttribute("datetime")).toList());
	}

	@Test
	void everyKindOfSectionHasOneLabelledPartInAFixedOrder() {
		assertEquals(List.of("Purpose", "Parties and roles", "Goals", "Ways of meeting", "Cadence and routine",
				"Boundaries", "Kickoff", "Check-ins", "Retrospectives", "Ethics", "Resources", "Risks", "Escalation",
				"Decisions and changes", "Career", "Review", "Confidential notes"), page.texts("//main//section/h2"));
		for (var section : page.all("//section")) {
			String heading = section.getAttribute("aria-labelledby");
			assertEquals(1, page.all("//section[@id='" + section.getAttribute("id") + "']/h2[@id='" + heading + "']").size(),
					() -> section.getAttribute("id") + " is labelled by its h2");
		}
		assertEquals("Sign-off", page.text("//footer/h2"));
	}

	@Test
	void purpose() {
		assertEquals("Grace wants to lead the payments team by the summer. Ada has led teams for ten years and wants"
				+ " to practise coaching instead of telling.", page.text(page.section("purpose") + "/p"));
	}

	@Test
	void partiesWithRolesEmailsAndResponsibilities() {
		assertEquals(List.of("Ada Lovelace, mentor \u00b7 ada.lovelace@example.org",
				"Grace Hopper, mentee \u00b7 grace.hopper@example.org"),
				page.texts(page.section("parties") + "/ul[@class='parties']/li/p"));
		assertEquals(List.of("Responsible for feedback on every draft within a week",
				"Responsible for two introductions to senior engineering leads"),
				page.texts(page.section("parties") + "/ul[@class='parties']/li[1]/ul/li"));
		assertEquals(List.of("Responsible for bringing the agenda two days before each session",
				"Responsible for keeping the progress notes up to date"),
				page.texts(page.section("parties") + "/ul[@class='parties']/li[2]/ul/li"));
		assertEquals(List.of("Grace Hopper starts conversations", "Grace Hopper documents progress: in the shared notes",
				"Grace Hopper owns the agenda: the first twenty minutes are her topics",
				"Feedback: Spoken first in the session, then two lines in writing the same day."),
				page.texts(page.section("parties") + "/ul[@class='roles']/li"));
	}

	@Test
	void goalsTableHasCaptionColumnHeadersAndOneRowPerGoal() {
		String table = page.section("goals") + "/table";
		assertEquals("Each goal with its milestones, the evidence of progress and how success is recognised",
				page.text(table + "/caption"));
		assertEquals(List.of("Goal", "Milestones", "Evidence", "Success criteria"),
				page.texts(table + "/thead/tr/th[@scope='col']"));
		assertEquals(List.of("Lead design reviews on my own", "Why: Tech leads run the reviews; Grace has only attended them.",
				"Give clear, kind feedback to peers"), page.texts(table + "/tbody/tr/th[@scope='row']/p"));

		String first = table + "/tbody/tr[1]";
		assertEquals(List.of("Shadow two design reviews run by Ada due 12 February 2027",
				"Co-lead one review with Ada due 2 April 2027", "Lead one review alone due 4 June 2027"),
				page.texts(first + "/td[1]/ul/li"));
		assertEquals(List.of("2027-02-12", "2027-04-02", "2027-06-04"),
				page.all(first + "/td[1]//time").stream().map(t -> t.getAttribute("datetime")).toList());
		assertEquals(List.of("Artifact: review notes of each review (from Grace Hopper)",
				"Reflection: a one-page reflection after the solo review (from Grace Hopper)"),
				page.texts(first + "/td[2]/ul/li"));
		assertEquals(List.of("At least 3 design reviews led or co-led",
				"clarity of the review notes: rated 4 out of 5 by Ada Lovelace"), page.texts(first + "/td[3]/ul/li"));

		String second = table + "/tbody/tr[2]";
		assertEquals(List.of("Give written feedback on three pull requests using the SBI model due 5 March 2027",
				"Hold one difficult conversation and debrief it with Ada due 7 May 2027"),
				page.texts(second + "/td[1]/ul/li"));
		assertEquals(List.of("Feedback: peer comments collected in the notes"), page.texts(second + "/td[2]/ul/li"));
		assertEquals(List.of("Level Practitioner on Engineering ladder: communication"),
				page.texts(second + "/td[3]/ul/li"));
	}

	@Test
	void waysOfMeeting() {
		assertEquals(List.of("In person at Berlin office, room 4.12", "By video at https://meet.example.org/ada-grace",
				"Async: a short written update in the shared notes every Friday"),
				page.texts(page.section("modes") + "/ul/li"));
	}

	@Test
	void cadenceInWordsWithSessionsSkipsAgendaAndPreparation() {
		String cadence = page.section("cadence") + "/dl/div";
		assertEquals(List.of("Schedule", "Sessions", "No session on", "Agenda", "Preparation"), page.texts(cadence + "/dt"));
		assertEquals("Every second week on Tuesday at 10:00 for 60 minutes, by video at https://meet.example.org/ada-grace",
				page.text(cadence + "[1]/dd"));
		assertEquals("11 sessions in the term, from 12 January 2027 to 29 June 2027", page.text(cadence + "[2]/dd"));
		assertEquals("6 April 2027 and 18 May 2027", page.text(cadence + "[3]/dd"));
		assertEquals(List.of("Grace's topics and questions", "Progress on milestones", "Next actions, written down"),
				page.texts(cadence + "[4]/dd/ol/li"));
		assertEquals(List.of("Grace Hopper brings questions, progress notes and draft plans",
				"Ada Lovelace provides feedback, readings and introductions"), page.texts(cadence + "[5]/dd/ul/li"));
	}

	@Test
	void boundaries() {
		assertEquals(List.of("Channels: e-mail and chat", "Reply within 2 working days on e-mail",
				"Reply within 4 hours on chat", "Quiet hours from 19:00 to 08:00, and at weekends"),
				page.texts(page.section("boundaries") + "/ul/li"));
	}

	@Test
	void kickoffCheckInsAndRetrospectivesWithPrompts() {
		assertEquals(List.of("11 January 2027 at 10:00 for 90 minutes: Read the agreement together and adjust it line by line"),
				page.texts(page.section("kickoff") + "/ul/li"));
		assertEquals(List.of("13 April 2027 at 10:00 for 30 minutes: Are the goals still right? Recalibrate if priorities"
				+ " shifted. About: \u201cLead design reviews on my own\u201d and \u201cGive clear, kind feedback to peers\u201d."),
				page.texts(page.section("check-ins") + "/ul/li"));
		assertEquals("Every 2 months from 9 March 2027", page.text(page.section("retrospectives") + "/ul/li/strong"));
		assertEquals(List.of("What helped you grow this period?",
				"Which barrier slowed progress, and how might we overcome it?"),
				page.texts(page.section("retrospectives") + "/ul/li/ul/li"));
		assertEquals("Every 2 months from 9 March 2027 at 11:00 for 45 minutes",
				page.text(page.section("retrospectives") + "/ul/li").replace(page.text(page.section("retrospectives") + "/ul/li/ul"), ""));
	}

	@Test
	void ethicsResourcesRisksAndEscalation() {
		assertEquals(List.of("Confidentiality", "Consent", "Conflicts of interest", "Equity"),
				page.texts(page.section("ethics") + "/dl/div/dt"));
		assertEquals("Ada asks before using any of Grace's work as an example, in portfolios or interviews.",
				page.text(page.section("ethics") + "/dl/div[2]/dd"));
		assertEquals(List.of("Ada Lovelace offers 3 hours per month: feedback on drafts, introductions, readings",
				"Grace Hopper commits 2 hours per week: practice time and homework",
				"Tool: Shared board: https://board.example.org/ada-grace", "Notes: https://docs.example.org/ada-grace/notes",
				"Reading: The Manager's Path, Camille Fournier"), page.texts(page.section("resources") + "/ul/li"));
		assertEquals(List.of("Release crunch in March eats meeting time"), page.texts(page.section("risks") + "/dl/div/dt"));
		assertEquals(List.of("Mitigation: Move to 30-minute sessions in March; never skip two in a row"),
				page.texts(page.section("risks") + "/dl/div/dd"));
		assertEquals(List.of("Ada Lovelace and Grace Hopper: talk it through in the next session",
				"Ada Lovelace: asks the engineering manager for a neutral view"),
				page.texts(page.section("escalation") + "/ol/li"));
	}

	@Test
	void decisionsChangesCareerAndReview() {
		assertEquals(List.of("11 January 2027 decided: Sessions are on Tuesdays, not Mondays.",
				"2 February 2027 changed in version 2: Added the feedback-skills goal."),
				page.texts(page.section("decisions") + "/ul/li"));
		assertEquals(List.of("Ambition (leadership)", "Stretch", "Networking", "Exposure", "Revisit on"),
				page.texts(page.section("career") + "/dl/div/dt"));
		assertEquals(List.of("Lead a platform team within two years", "Run the Q3 architecture review",
				"Meet three staff engineers outside the team", "Sit in on one planning meeting with the directors", "4 May 2027"),
				page.texts(page.section("career") + "/dl/div/dd"));
		assertEquals("Review on 2 July 2027: Decide whether to continue for a second term",
				page.text(page.section("review") + "/p"));
		assertEquals("2027-07-02", page.one(page.section("review") + "//time").getAttribute("datetime"));
	}

	@Test
	void confidentialNotesAreMarkedForTheParties() {
		assertEquals("confidential", page.one(page.section("confidential")).getAttribute("class"));
		assertEquals("For the parties only: the copies for the sponsor and the programme leave these notes out.",
				page.text(page.section("confidential") + "/p"));
		assertEquals(List.of("Grace is weighing an offer from another team; keep this between us."),
				page.texts(page.section("confidential") + "/ul/li"));
	}

	@Test
	void signOffLinesWithNamesRolesAndDates() {
		assertEquals(List.of("Ada Lovelace, mentor Signed on 2 February 2027", "Grace Hopper, mentee Signed on 3 February 2027"),
				page.texts("//footer/ul/li"));
		assertEquals(List.of("2027-02-02", "2027-02-03"),
				page.all("//footer//time").stream().map(t -> t.getAttribute("datetime")).toList());
	}
}
