package org.mentorship.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.mentor.*;

import com.google.inject.Inject;

/** Every construct of the grammar parses into the model a reader of the file would expect. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class MentorParsingTest {

	@Inject
	private AgreementFixture fixture;

	@Test
	void header() {
		Agreement a = fixture.agreement("""
				agreement ada-grace-2027 "Growing into a tech lead"
				  version 2
				  from 2027-01-11 to 2027-07-09
				  time zone "Europe/Berlin"
				""");
		assertEquals("ada-grace-2027", a.getName());
		assertEquals("Growing into a tech lead", a.getTitle());
		assertEquals(2, a.getVersion());
		assertEquals("2027-01-11", a.getStart());
		assertEquals("2027-07-09", a.getEnd());
		assertEquals("Europe/Berlin", a.getTimeZone());
	}

	@Test
	void headerClausesInAnyOrderAndTermAsLength() {
		Agreement a = fixture.agreement("""
				agreement x "X"
				  time zone "Asia/Kolkata"
				  from 2027-02-01 for 4 months
				  version 7
				""");
		assertEquals(7, a.getVersion());
		assertEquals("2027-02-01", a.getStart());
		assertNull(a.getEnd());
		assertEquals("4", a.getLength().getAmount());
		assertEquals(TimeUnit.MONTHS, a.getLength().getUnit());
	}

	@Test
	void purpose() {
		Purpose p = fixture.section("purpose \"Grace wants to lead a team.\"", Purpose.class);
		assertEquals("Grace wants to lead a team.", p.getText());
	}

	@Test
	void partiesWithEmailAndResponsibilities() {
		List<Party> parties = fixture.sections("""
				mentor ada "Ada Lovelace" email "ada@example.org"
				  responsible for "feedback within a week"
				  responsible for "introductions"
				co-mentor mei "Mei Chen"
				mentee grace "Grace Hopper"
				sponsor vikram "Vikram Shah"
				stakeholder lena "Lena Fischer"
				""", Party.class);
		assertEquals(List.of(PartyRole.MENTOR, PartyRole.CO_MENTOR, PartyRole.MENTEE, PartyRole.SPONSOR,
				PartyRole.STAKEHOLDER), parties.stream().map(Party::getRole).toList());
		Party ada = parties.get(0);
		assertEquals("ada", ada.getName());
		assertEquals("Ada Lovelace", ada.getFullName());
		assertEquals("ada@example.org", ada.getEmail());
		assertEquals(List.of("feedback within a week", "introductions"),
				ada.getResponsibilities().stream().map(Responsibility::getText).toList());
		assertNull(parties.get(1).getEmail());
	}

	@Test
	void roles() {
		Roles roles = fixture.section(FixtureParties.ADA_AND_GRACE + """
				roles
				  grace starts conversations "when something comes up"
				  ada documents progress
				  grace owns the agenda "first twenty minutes"
				  feedback "spoken first, then in writing"
				""", Roles.class);
		List<RoleClause> clauses = roles.getClauses();
		assertEquals("grace", assertInstanceOf(ConversationStarter.class, clauses.get(0)).getParty().getName());
		assertEquals("when something comes up", ((ConversationStarter) clauses.get(0)).getText());
		assertEquals("ada", assertInstanceOf(ProgressKeeper.class, clauses.get(1)).getParty().getName());
		assertEquals("first twenty minutes", assertInstanceOf(AgendaOwner.class, clauses.get(2)).getText());
		assertEquals("spoken first, then in writing", assertInstanceOf(FeedbackStyle.class, clauses.get(3)).getText());
	}

	@Test
	void goalWithMilestonesEvidenceAndEveryKindOfSuccessCriterion() {
		Goal goal = fixture.section(FixtureParties.ADA_AND_GRACE + """
				goal reviews "Lead design reviews" because "tech leads run them"
				  milestone shadow "Shadow two reviews" due 2027-02-12
				  milestone "Lead one alone" due 2027-06-04
				  evidence artifact "review notes" from grace
				  evidence "a reflection"
				  success at least 3 "reviews led"
				  success rated 4 out of 5 by ada "clarity of notes" by 2027-06-30
				  success level "Practitioner" on "Engineering ladder"
				  success "Grace feels ready"
				""", Goal.class);
		assertEquals("reviews", goal.getName());
		assertEquals("Lead design reviews", goal.getTitle());
		assertEquals("tech leads run them", goal.getWhy());
		assertEquals("shadow", goal.getMilestones().get(0).getName());
		assertEquals("2027-02-12", goal.getMilestones().get(0).getDue());
		assertNull(goal.getMilestones().get(1).getName());
		assertEquals(EvidenceKind.ARTIFACT, goal.getEvidence().get(0).getKind());
		assertEquals("grace", goal.getEvidence().get(0).getOwner().getName());
		assertEquals(EvidenceKind.OTHER, goal.getEvidence().get(1).getKind());
		CountCriterion count = assertInstanceOf(CountCriterion.class, goal.getCriteria().get(0));
		assertEquals(3, count.getCount());
		assertEquals("reviews led", count.getWhat());
		RatingCriterion rating = assertInstanceOf(RatingCriterion.class, goal.getCriteria().get(1));
		assertEquals(4, rating.getRating());
		assertEquals(5, rating.getScale());
		assertEquals("ada", rating.getRater().getName());
		assertEquals("2027-06-30", rating.getDue());
		RubricCriterion rubric = assertInstanceOf(RubricCriterion.class, goal.getCriteria().get(2));
		assertEquals("Practitioner", rubric.getLevel());
		assertEquals("Engineering ladder", rubric.getRubric());
		assertEquals("Grace feels ready", assertInstanceOf(PlainCriterion.class, goal.getCriteria().get(3)).getWhat());
	}

	@Test
	void interactionModes() {
		Modes modes = fixture.section("""
				modes
				  in person at "room 4.12"
				  by video at "https://meet.example.org/x"
				  async "Friday updates"
				""", Modes.class);
		assertEquals("room 4.12", assertInstanceOf(InPerson.class, modes.getModes().get(0)).getDetail());
		assertEquals("https://meet.example.org/x", assertInstanceOf(Video.class, modes.getModes().get(1)).getDetail());
		assertEquals("Friday updates", assertInstanceOf(Async.class, modes.getModes().get(2)).getDetail());
	}

	@Test
	void biweeklyCadenceWithRoutineAndPreparation() {
		Cadence cadence = fixture.section(FixtureParties.ADA_AND_GRACE + """
				cadence
				  biweekly on Tuesday at 10:00 for 60 minutes by video at "https://meet.example.org/x"
				  skip 2027-04-06, 2027-05-25
				  agenda "Grace's topics", "Progress"
				  grace brings "questions and progress notes"
				  ada provides "feedback and introductions"
				""", Cadence.class);
		Schedule s = cadence.getSchedule();
		assertEquals(Frequency.BIWEEKLY, s.getFrequency());
		assertEquals(Weekday.TUESDAY, assertInstanceOf(EveryWeekday.class, s.getDay()).getWeekday());
		assertEquals("10:00", s.getTime());
		assertEquals("60", s.getDuration().getAmount());
		assertEquals(TimeUnit.MINUTES, s.getDuration().getUnit());
		assertEquals("https://meet.example.org/x", assertInstanceOf(Video.class, s.getMode()).getDetail());
		assertEquals(List.of("2027-04-06", "2027-05-25"), cadence.getSkips().get(0).getDates());
		assertEquals(List.of("Grace's topics", "Progress"), cadence.getAgenda().get(0).getItems());
		assertEquals("brings", cadence.getPreparations().get(0).getVerb());
		assertEquals("grace", cadence.getPreparations().get(0).getParty().getName());
		assertEquals("feedback and introductions", cadence.getPreparations().get(1).getText());
	}

	@Test
	void monthlyCadenceOnTheSecondTuesdayAndOnADayOfTheMonth() {
		List<Cadence> cadences = fixture.sections("""
				cadence
				  monthly on the second Tuesday at 17:00 for 1.5 hours in person at "office"
				cadence
				  monthly on day 15 at 9:30 for 45 minutes
				cadence
				  weekly at 08:00 for 30 minutes
				""", Cadence.class);
		NthWeekday nth = assertInstanceOf(NthWeekday.class, cadences.get(0).getSchedule().getDay());
		assertEquals(Ordinal.SECOND, nth.getOrdinal());
		assertEquals(Weekday.TUESDAY, nth.getWeekday());
		assertEquals("1.5", cadences.get(0).getSchedule().getDuration().getAmount());
		assertEquals("office", assertInstanceOf(InPerson.class, cadences.get(0).getSchedule().getMode()).getDetail());
		assertEquals(15, assertInstanceOf(DayOfMonth.class, cadences.get(1).getSchedule().getDay()).getDay());
		assertEquals("9:30", cadences.get(1).getSchedule().getTime());
		assertEquals(Frequency.WEEKLY, cadences.get(2).getSchedule().getFrequency());
		assertNull(cadences.get(2).getSchedule().getDay());
	}

	@Test
	void boundaries() {
		Boundaries b = fixture.section("""
				boundaries
				  channels "e-mail", "chat"
				  reply within 2 working days on "e-mail"
				  reply within 4 hours
				  quiet hours 19:00 to 08:00 and weekends
				""", Boundaries.class);
		assertEquals(List.of("e-mail", "chat"), assertInstanceOf(Channels.class, b.getClauses().get(0)).getChannels());
		ResponseTime email = assertInstanceOf(ResponseTime.class, b.getClauses().get(1));
		assertTrue(email.getWithin().isWorking());
		assertEquals(TimeUnit.DAYS, email.getWithin().getUnit());
		assertEquals("e-mail", email.getChannel());
		assertNull(assertInstanceOf(ResponseTime.class, b.getClauses().get(2)).getChannel());
		QuietHours quiet = assertInstanceOf(QuietHours.class, b.getClauses().get(3));
		assertEquals("19:00", quiet.getFrom());
		assertEquals("08:00", quiet.getUntil());
		assertTrue(quiet.isWeekends());
	}

	@Test
	void checkInKickoffAndRetrospectives() {
		List<Section> sections = fixture.agreement(FixtureParties.HEADER + """
				goal g "G"
				kickoff on 2027-01-11 at 10:00 for 90 minutes "read the agreement together"
				check-in mid on 2027-04-13 at 10:00 for 30 minutes "recalibrate" about g
				retrospective every 2 months starting 2027-03-09 at 11:00 for 45 minutes
				  prompt "What helped you grow this period?"
				retrospective on 2027-06-01
				""").getSections();
		Kickoff kickoff = assertInstanceOf(Kickoff.class, sections.get(1));
		assertEquals("2027-01-11", kickoff.getDate());
		assertEquals("90", kickoff.getDuration().getAmount());
		CheckIn checkIn = assertInstanceOf(CheckIn.class, sections.get(2));
		assertEquals("mid", checkIn.getName());
		assertEquals("recalibrate", checkIn.getText());
		assertEquals("g", checkIn.getGoals().get(0).getName());
		Retrospective every = assertInstanceOf(Retrospective.class, sections.get(3));
		assertEquals("2", every.getEvery().getAmount());
		assertEquals("2027-03-09", every.getStart());
		assertEquals("What helped you grow this period?", every.getPrompts().get(0).getText());
		Retrospective once = assertInstanceOf(Retrospective.class, sections.get(4));
		assertEquals("2027-06-01", once.getDate());
		assertNull(once.getEvery());
	}

	@Test
	void ethics() {
		Ethics ethics = fixture.section("""
				ethics
				  confidentiality "stays between us"
				  consent "ask before using my work"
				  conflicts of interest "none declared"
				  equity "same access to projects"
				""", Ethics.class);
		assertEquals("stays between us", assertInstanceOf(Confidentiality.class, ethics.getClauses().get(0)).getText());
		assertInstanceOf(Consent.class, ethics.getClauses().get(1));
		assertEquals("none declared", assertInstanceOf(ConflictOfInterest.class, ethics.getClauses().get(2)).getText());
		assertInstanceOf(Equity.class, ethics.getClauses().get(3));
	}

	@Test
	void resources() {
		Resources resources = fixture.section(FixtureParties.ADA_AND_GRACE + """
				resources
				  ada offers 3 hours per month "feedback on drafts"
				  grace commits 2 hours per week
				  tool "shared board"
				  notes "https://docs.example.org/notes"
				  reading "The Manager's Path"
				""", Resources.class);
		TimeCommitment ada = assertInstanceOf(TimeCommitment.class, resources.getItems().get(0));
		assertEquals("offers", ada.getVerb());
		assertEquals("3", ada.getAmount().getAmount());
		assertEquals(TimeUnit.HOURS, ada.getAmount().getUnit());
		assertEquals(TimeUnit.MONTHS, ada.getPer());
		assertEquals("feedback on drafts", ada.getText());
		assertEquals(TimeUnit.WEEKS, assertInstanceOf(TimeCommitment.class, resources.getItems().get(1)).getPer());
		assertInstanceOf(Tool.class, resources.getItems().get(2));
		assertEquals("https://docs.example.org/notes", assertInstanceOf(NotesRepository.class, resources.getItems().get(3)).getText());
		assertInstanceOf(Reading.class, resources.getItems().get(4));
	}

	@Test
	void risksEscalationDecisionsAndChanges() {
		List<Section> sections = fixture.agreement(FixtureParties.HEADER + FixtureParties.ADA_AND_GRACE + """
				risk "crunch in March" mitigation "shorter sessions"
				escalation
				  first ada and grace "talk it through"
				  then ada "asks the manager"
				decided on 2027-01-11 "Tuesdays"
				changed on 2027-02-02 in version 2 "added a goal"
				""").getSections();
		Risk risk = assertInstanceOf(Risk.class, sections.get(2));
		assertEquals("crunch in March", risk.getText());
		assertEquals("shorter sessions", risk.getMitigation());
		Escalation escalation = assertInstanceOf(Escalation.class, sections.get(3));
		assertEquals(List.of("ada", "grace"),
				escalation.getSteps().get(0).getContacts().stream().map(Party::getName).toList());
		assertEquals("asks the manager", escalation.getSteps().get(1).getText());
		Decision decision = assertInstanceOf(Decision.class, sections.get(4));
		assertEquals("2027-01-11", decision.getDate());
		Change change = assertInstanceOf(Change.class, sections.get(5));
		assertEquals(2, change.getVersion());
		assertEquals("added a goal", change.getText());
	}

	@Test
	void careerAlignment() {
		Career career = fixture.section("""
				career
				  ambition leadership "lead a platform team"
				  ambition "write a book"
				  stretch "run the architecture review"
				  networking "meet three staff engineers"
				  exposure "sit in on planning"
				  revisit on 2027-05-04
				""", Career.class);
		assertEquals(AmbitionKind.LEADERSHIP, assertInstanceOf(Ambition.class, career.getClauses().get(0)).getKind());
		assertEquals(AmbitionKind.GENERAL, assertInstanceOf(Ambition.class, career.getClauses().get(1)).getKind());
		assertInstanceOf(Stretch.class, career.getClauses().get(2));
		assertInstanceOf(Networking.class, career.getClauses().get(3));
		assertInstanceOf(Exposure.class, career.getClauses().get(4));
		assertEquals("2027-05-04", assertInstanceOf(Revisit.class, career.getClauses().get(5)).getDate());
	}

	@Test
	void signOffReviewAndConfidentialNote() {
		List<Section> sections = fixture.agreement(FixtureParties.HEADER + FixtureParties.ADA_AND_GRACE + """
				sign-off
				  ada signed on 2027-02-02
				  grace to sign
				review on 2027-07-02 "continue?"
				confidential "weighing another offer"
				""").getSections();
		SignOff signOff = assertInstanceOf(SignOff.class, sections.get(2));
		assertTrue(signOff.getSignatures().get(0).isSigned());
		assertEquals("2027-02-02", signOff.getSignatures().get(0).getDate());
		assertFalse(signOff.getSignatures().get(1).isSigned());
		assertEquals("grace", signOff.getSignatures().get(1).getParty().getName());
		Review review = assertInstanceOf(Review.class, sections.get(3));
		assertEquals("2027-07-02", review.getDate());
		assertEquals("continue?", review.getText());
		assertEquals("weighing another offer", assertInstanceOf(ConfidentialNote.class, sections.get(4)).getText());
	}

	@Test
	void programmeWithDefaults() {
		Programme programme = fixture.programme("""
				programme wit-2027 "Women in Tech 2027"
				  time zone "Europe/London"
				contact office "Programme office" email "office@example.org"
				cadence monthly-default
				  monthly on the second Tuesday at 17:00 for 60 minutes
				boundaries standard
				  reply within 3 working days
				ethics standard
				  consent "written consent"
				escalation standard
				  first office "mediates"
				""");
		assertEquals("wit-2027", programme.getName());
		assertEquals("Europe/London", programme.getTimeZone());
		assertEquals(PartyRole.CONTACT, assertInstanceOf(Party.class, programme.getDefaults().get(0)).getRole());
		assertEquals("monthly-default", assertInstanceOf(Cadence.class, programme.getDefaults().get(1)).getName());
		assertEquals("standard", assertInstanceOf(Boundaries.class, programme.getDefaults().get(2)).getName());
		assertInstanceOf(Ethics.class, programme.getDefaults().get(3));
		assertEquals("office", assertInstanceOf(Escalation.class, programme.getDefaults().get(4)).getSteps().get(0)
				.getContacts().get(0).getName());
	}

	@Test
	void textInTypographicQuotesAndEscapes() {
		Purpose p = fixture.section("purpose “Grace’s goal: \"lead\"”", Purpose.class);
		assertEquals("Grace’s goal: \"lead\"", p.getText());
		Purpose escaped = fixture.section("purpose \"say \\\"hi\\\" at C:\\docs\"", Purpose.class);
		assertEquals("say \"hi\" at C:\\docs", escaped.getText());
	}

	@Test
	void namesEscapedWithACaretCanBeReferredTo() {
		Goal goal = fixture.section(FixtureParties.ADA_AND_GRACE + """
				goal ^reading "Read two books"
				check-in on 2027-03-01 about ^reading
				""", Goal.class);
		assertEquals("reading", goal.getName());
		CheckIn checkIn = (CheckIn) goal.eContainer().eContents().get(3);
		assertEquals(goal, checkIn.getGoals().get(0));
	}

	@Test
	void commentsAreIgnored() {
		Agreement a = (Agreement) fixture.parseWithoutErrors("""
				// a line comment
				agreement x "X" /* a block
				comment */ version 3
				""").getDocument();
		assertEquals(3, a.getVersion());
	}
}
