package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.html.SummaryGenerator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.tests.AgreementFixture;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.w3c.dom.Element;

import com.google.inject.Inject;

/**
 * The summary of every example is one self-contained, well-formed page; the audiences differ only by
 * the confidential notes; programme defaults appear in the agreement; the output is deterministic.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SummaryGeneratorTest {

	@Inject
	private ExampleAgreements examples;

	@Inject
	private SummaryGenerator generator;

	@Inject
	private AgreementFixture fixture;

	private static final String ADA_AND_GRACE = """
			mentor ada "Ada Lovelace"
			mentee grace "Grace Hopper"
			""";

	@Test
	void everyExampleIsAWellFormedSelfContainedPage() {
		Map<String, Agreement> agreements = examples.load();
		assertEquals(List.of("complete", "minimal", "multi-mentor", "programme-agreement"), List.copyOf(agreements.keySet()));
		agreements.forEach((name, agreement) -> {
			for (Audience audience : Audience.values()) {
				String html = generator.summary(agreement, audience);
				SummaryPage page = SummaryPage.parse(html);
				assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">"), name);
				assertEquals("utf-8", page.one("/html/head/meta[1]").getAttribute("charset"), name);
				assertEquals(agreement.getTitle() + " \u2013 mentorship agreement", page.text("/html/head/title"), name);
				assertEquals(agreement.getTitle(), page.text("//header/h1"), name);
				assertSelfContained(html, name);
				assertEquals(1, page.all("//main").size(), name);
				assertEquals(1, page.all("//footer").size(), name);
				for (Element section : page.all("//section")) {
					String id = section.getAttribute("id");
					assertEquals(id + "-title", section.getAttribute("aria-labelledby"), name);
					assertEquals(id + "-title", page.one("//section[@id='" + id + "']/*[1]").getAttribute("id"), name);
					assertEquals("h2", page.one("//section[@id='" + id + "']/*[1]").getTagName(), name);
				}
				for (String part : List.of("purpose", "parties", "goals", "cadence", "boundaries", "review")) {
					assertEquals(1, page.all(page.section(part)).size(), name + " has " + part);
				}
				assertEquals(agreement.getSections().stream().filter(org.mentorship.dsl.mentor.Goal.class::isInstance).count(),
						page.all("//table[@class='goals']/tbody/tr").size(), name);
			}
		});
	}

	private static final Pattern EXTERNAL = Pattern.compile("(?i)<script|<link|<img|<iframe|<object|<embed|\\ssrc=|\\shref=|url\\(|@import|@font-face");

	static void assertSelfContained(String html, String name) {
		assertFalse(EXTERNAL.matcher(html).find(), () -> name + " loads or links something: " + match(html));
		assertTrue(html.contains("@page { size: A4; margin: 12mm; }"), name);
		assertTrue(html.contains("tr, li, dt, dd, dl > div, .party { break-inside: avoid; }"), name);
		assertTrue(html.contains("break-after: avoid"), name);
	}

	private static String match(String html) {
		var m = EXTERNAL.matcher(html);
		return m.find() ? html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 40)) : "";
	}

	@Test
	void theAudiencesDifferOnlyByTheConfidentialNotes() {
		examples.load().forEach((name, agreement) -> {
			String parties = generator.summary(agreement, Audience.PARTIES);
			String sponsor = generator.summary(agreement, Audience.SPONSOR);
			String programme = generator.summary(agreement, Audience.PROGRAMME);
			assertEquals(sponsor, programme, name);
			SummaryPage partiesPage = SummaryPage.parse(parties);
			SummaryPage sponsorPage = SummaryPage.parse(sponsor);
			assertEquals(0, sponsorPage.all("//section[@id='confidential']").size(), name);
			List<Element> confidential = partiesPage.all("//section[@id='confidential']");
			if (confidential.isEmpty()) {
				assertEquals(parties, sponsor, name + " has no confidential notes: all copies are the same");
				return;
			}
			// removing the confidential section (one line each for its tags) from the parties' copy gives the sponsor's
			int start = parties.indexOf("<section id=\"confidential\"");
			int end = parties.indexOf("</section>\n", start) + "</section>\n".length();
			assertEquals(sponsor, parties.substring(0, start) + parties.substring(end), name);
			for (Element note : partiesPage.all("//section[@id='confidential']/ul/li")) {
				assertFalse(sponsor.contains(SummaryPage.text(note)), name);
			}
		});
	}

	@Test
	void thePartiesCopyOfTheCompleteExampleHasItsConfidentialNote() {
		Agreement complete = examples.load().get("complete");
		assertTrue(generator.summary(complete, Audience.PARTIES).contains("Grace is weighing an offer"));
		assertFalse(generator.summary(complete, Audience.SPONSOR).contains("Grace is weighing an offer"));
		assertFalse(generator.summary(complete, Audience.PROGRAMME).contains("Grace is weighing an offer"));
	}

	@Test
	void theOutputIsDeterministic() {
		Map<String, Agreement> first = examples.load();
		Map<String, Agreement> second = examples.load();
		first.forEach((name, agreement) -> {
			for (Audience audience : Audience.values()) {
				String html = generator.summary(agreement, audience);
				assertEquals(html, generator.summary(agreement, audience), name);
				assertEquals(html, new SummaryGenerator().summary(second.get(name), audience), name + " loaded again");
			}
		});
	}

	@Test
	void programmeDefaultsTakenWithLikeArePartOfTheAgreement() {
		SummaryPage page = SummaryPage.parse(generator.summary(examples.load().get("programme-agreement"), Audience.PROGRAMME));
		assertEquals("Mentorship agreement \u00b7 Women in Tech mentoring, cohort 2027", page.text("//header/p"));
		assertEquals("Europe/London", page.text("//header/dl/div[dt='Time zone']/dd"));
		assertEquals("Every month on the second Tuesday at 17:00 for 60 minutes, by video",
				page.text(page.section("cadence") + "/dl/div[dt='Schedule']/dd"));
		assertEquals("9 sessions in the term, from 12 January 2027 to 14 September 2027",
				page.text(page.section("cadence") + "/dl/div[dt='Sessions']/dd"));
		assertEquals(List.of("Project progress", "One concept Olu wants explained"),
				page.texts(page.section("cadence") + "/dl/div[dt='Agenda']/dd/ol/li"));
		assertEquals(List.of("Reply within 1 day on chat", "Channels: e-mail", "Reply within 3 working days on e-mail",
				"Quiet hours from 19:00 to 08:00, and at weekends"), page.texts(page.section("boundaries") + "/ul/li"));
		assertEquals(List.of("Confidentiality", "Consent", "Conflicts of interest", "Equity"),
				page.texts(page.section("ethics") + "/dl/div/dt"));
		assertEquals("none declared", page.text(page.section("ethics") + "/dl/div[dt='Conflicts of interest']/dd"));
		assertEquals(List.of("Mentoring programme office: the office talks to both parties separately within a week"),
				page.texts(page.section("escalation") + "/ol/li"));
		for (String part : List.of("cadence", "boundaries", "ethics", "escalation")) {
			assertEquals("Includes the programme\u2019s defaults.", page.text(page.section(part) + "/p[@class='note']"), part);
		}
		assertEquals("Mentoring programme office, contact of the programme \u00b7 mentoring@example.org",
				page.text(page.section("parties") + "/ul[@class='parties']/li[3]/p"));
		assertEquals("Every 3 months from 13 April 2027", page.text(page.section("retrospectives") + "/ul/li/strong"));
		assertEquals(List.of("What helped you grow this period?"), page.texts(page.section("retrospectives") + "/ul/li/ul/li"));
	}

	@Test
	void aTermGivenAsALengthShowsItsLastDay() {
		SummaryPage page = SummaryPage.parse(generator.summary(examples.load().get("multi-mentor"), Audience.SPONSOR));
		assertEquals("1 February 2027 for 4 months (until 31 May 2027)", page.text("//header/dl/div[dt='Term']/dd"));
		assertEquals("Every week on Friday at 14:00 for 45 minutes, in person at Bengaluru office, 3rd floor",
				page.text(page.section("cadence") + "/dl/div[dt='Schedule']/dd"));
		assertEquals(List.of("Arjun Rao, Mei Chen and Priya Nair: talk it through at the Friday session",
				"Vikram Shah: decides within a week"), page.texts(page.section("escalation") + "/ol/li"));
		assertEquals(List.of("Arjun Rao, mentor Signed on 1 February 2027", "Mei Chen, co-mentor Signed on 1 February 2027",
				"Priya Nair, mentee Signed on 1 February 2027", "Vikram Shah, sponsor Signed on 2 February 2027"),
				page.texts("//footer/ul/li"));
	}

	@Test
	void unsignedPartiesGetALineToSign() {
		SummaryPage page = SummaryPage.parse(generator.summary(fixture.agreement(ADA_AND_GRACE + """
				sign-off
				  ada signed on 2027-01-11
				  grace to sign
				"""), Audience.PARTIES));
		assertEquals(List.of("Ada Lovelace, mentor Signed on 11 January 2027", "Grace Hopper, mentee Signature and date"),
				page.texts("//footer/ul/li"));
		assertEquals("to-sign", page.one("//footer/ul/li[2]/span[2]").getAttribute("class"));
	}

	@Test
	void withoutASignOffTheMentorsAndMenteesAreListedToSign() {
		SummaryPage page = SummaryPage.parse(generator.summary(fixture.agreement(ADA_AND_GRACE + """
				co-mentor mei "Mei Chen"
				sponsor vikram "Vikram Shah"
				"""), Audience.PARTIES));
		assertEquals(List.of("Ada Lovelace, mentor Signature and date", "Grace Hopper, mentee Signature and date",
				"Mei Chen, co-mentor Signature and date"), page.texts("//footer/ul/li"));
	}

	@Test
	void partsWithoutContentAreLeftOut() {
		SummaryPage page = SummaryPage.parse(generator.summary(fixture.agreement("purpose \"Learn.\"\n" + ADA_AND_GRACE), Audience.PARTIES));
		assertEquals(List.of("Purpose", "Parties and roles"), page.texts("//main//section/h2"));
	}

	@Test
	void monthlyDaysAndDurationsInWords() {
		SummaryPage page = SummaryPage.parse(generator.summary(fixture.agreement("""
				cadence
				  monthly on day 22 at 9:30 for 1.5 hours async "written updates"
				cadence
				  weekly at 08:00 for 1 hour in person
				cadence
				  monthly on Monday at 12:00 for 30 minutes
				retrospective every 1 month starting 2027-02-01
				retrospective on 2027-03-01 at 15:00 for 2 hours
				boundaries
				  reply within 1 working day
				  quiet hours 20:00 to 07:00
				"""), Audience.PARTIES));
		assertEquals(List.of("Every month on the 22nd at 09:30 for 1.5 hours, async: written updates",
				"Every week at 08:00 for 1 hour, in person", "Every month on the first Monday at 12:00 for 30 minutes"),
				page.texts(page.section("cadence") + "/dl/div[dt='Schedule']/dd"));
		assertEquals(List.of("Every month from 1 February 2027", "1 March 2027 at 15:00 for 2 hours"),
				page.texts(page.section("retrospectives") + "/ul/li"));
		assertEquals(List.of("Reply within 1 working day", "Quiet hours from 20:00 to 07:00"),
				page.texts(page.section("boundaries") + "/ul/li"));
	}

	@Test
	void anAgreementWithBrokenReferencesStillGivesAPage() {
		String html = generator.summary((Agreement) fixture.parse("""
				agreement a-b "Broken"
				  from 2027-02-30 to 2027-13-01
				mentor ada "Ada"
				goal g "Goal"
				  milestone "Step" due 01/02/2027
				  evidence "notes" from nobody
				escalation
				  first nobody "talk"
				sign-off
				  nobody signed on 2027-01-01
				""").getDocument(), Audience.PARTIES);
		SummaryPage page = SummaryPage.parse(html);
		assertEquals("2027-02-30 to 2027-13-01", page.text("//header/dl/div[dt='Term']/dd"));
		assertEquals("Step due 01/02/2027", page.text("//table/tbody/tr/td[1]/ul/li"));
		assertEquals("(unknown party): talk", page.text(page.section("escalation") + "/ol/li"));
		assertEquals("(unknown party) Signed on 1 January 2027", page.text("//footer/ul/li"));
		assertNotEquals(0, html.length());
	}
}
