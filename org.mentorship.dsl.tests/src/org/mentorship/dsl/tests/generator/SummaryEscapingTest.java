package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.generator.html.Audience;
import org.mentorship.dsl.generator.html.SummaryGenerator;
import org.mentorship.dsl.tests.AgreementFixture;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;

/**
 * Whatever users write comes out as text: markup, entities and quotes are escaped, right-to-left
 * scripts and emoji stay intact, very long texts are kept whole. The DOM text of each place equals the
 * text written in the agreement, and no element the user wrote exists in the page.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SummaryEscapingTest {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMG = "\"><img src=x onerror=alert(1)>";
	static final String AMPERSANDS = "Tom &amp; Jerry & friends &lt;3";
	static final String ARABIC = "ليلى الحسن";
	static final String HEBREW = "נועה כהן";
	static final String MIXED = "Lead the team (צוות) — قيادة الفريق 2027";
	static final String EMOJI = "Ship it 🚀 together 👩🏽‍💻 ✅";
	static final String QUOTES = "It's <b>bold</b> & 'single' \"double\"";
	static final String LONG = longTitle();

	/** A 5,000-character goal title of words and one very long word. */
	private static String longTitle() {
		StringBuilder title = new StringBuilder("Read ");
		while (title.length() < 4000) {
			title.append("chapter ").append(title.length()).append(' ');
		}
		title.append("x".repeat(5000 - title.length()));
		return title.toString();
	}

	/** The text as a .mentor string literal. */
	static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	static String hostileAgreement() {
		return "agreement hostile-2027 " + quoted(SCRIPT) + "\n"
				+ "  from 2027-01-11 to 2027-07-09\n  time zone " + quoted(IMG) + "\n"
				+ "purpose " + quoted(AMPERSANDS) + "\n"
				+ "purpose \"a text\n      over three\n\n   lines\"\n"
				+ "mentor ada " + quoted(ARABIC) + " email " + quoted(IMG) + "\n"
				+ "  responsible for " + quoted(SCRIPT) + "\n"
				+ "mentee grace " + quoted(HEBREW) + "\n"
				+ "goal long " + quoted(LONG) + " because " + quoted(MIXED) + "\n"
				+ "  milestone " + quoted(IMG) + " due 2027-02-01\n"
				+ "  evidence artifact " + quoted(EMOJI) + " from grace\n"
				+ "  success " + quoted(QUOTES) + "\n"
				+ "cadence\n  biweekly on Tuesday at 10:00 for 60 minutes by video at " + quoted(SCRIPT) + "\n"
				+ "  agenda " + quoted(SCRIPT) + ", " + quoted(IMG) + ", " + quoted(ARABIC) + "\n"
				+ "boundaries\n  channels " + quoted(QUOTES) + "\n"
				+ "resources\n  tool \"bell\u0007and\u0001controls\"\n"
				+ "risk " + quoted(QUOTES) + " mitigation " + quoted(EMOJI) + "\n"
				+ "confidential " + quoted(IMG) + "\n"
				+ "sign-off\n  ada signed on 2027-01-11\n  grace to sign\n"
				+ "review on 2027-07-01 " + quoted(MIXED) + "\n";
	}

	@Inject
	private AgreementFixture fixture;

	@Inject
	private SummaryGenerator generator;

	private String html;
	private SummaryPage page;

	@BeforeEach
	void generate() {
		html = generator.summary(fixture.agreement(hostileAgreement()), Audience.PARTIES);
		page = SummaryPage.parse(html);
	}

	@Test
	void markupWrittenByUsersIsText() {
		assertEquals(SCRIPT, page.text("//header/h1"));
		assertEquals(SCRIPT + " \u2013 mentorship agreement", page.document.getElementsByTagName("title").item(0).getTextContent());
		assertEquals(IMG, page.text("//header/dl/div[dt='Time zone']/dd"));
		assertEquals(List.of(SCRIPT, IMG, ARABIC), page.texts(page.section("cadence") + "/dl/div[dt='Agenda']/dd/ol/li"));
		assertEquals("Every second week on Tuesday at 10:00 for 60 minutes, by video at " + SCRIPT,
				page.text(page.section("cadence") + "/dl/div[dt='Schedule']/dd"));
		assertEquals(IMG, page.text("//table/tbody/tr/td[1]/ul/li/bdi"));
		assertEquals(List.of("Responsible for " + SCRIPT), page.texts("//ul[@class='responsibilities']/li"));
		assertEquals(IMG, page.text("//ul[@class='parties']/li[1]//span[@class='email']"));
		assertEquals(List.of(IMG), page.texts(page.section("confidential") + "/ul/li"));
		for (String tag : List.of("script", "img", "b")) {
			assertEquals(0, page.document.getElementsByTagName(tag).getLength(), tag);
		}
		assertFalse(html.contains("<script"));
		assertFalse(html.contains("<img"));
		assertFalse(html.contains("<b>"));
	}

	@Test
	void entitiesAndQuotesAreKeptAsWritten() {
		assertEquals(AMPERSANDS, page.text(page.section("purpose") + "/p[1]"));
		assertEquals(List.of(QUOTES), page.texts("//table/tbody/tr/td[3]/ul/li"));
		assertEquals("Channels: " + QUOTES, page.text(page.section("boundaries") + "/ul/li"));
		assertEquals(QUOTES, page.text(page.section("risks") + "/dl/div/dt"));
		assertEquals("Mitigation: " + EMOJI, page.text(page.section("risks") + "/dl/div/dd"));
	}

	@Test
	void rightToLeftTextAndEmojiAreIntactAndIsolated() {
		assertEquals(ARABIC, page.text("//ul[@class='parties']/li[1]/p/strong/bdi"));
		assertEquals(HEBREW, page.text("//ul[@class='parties']/li[2]/p/strong/bdi"));
		assertEquals("Why: " + MIXED, page.text("//table/tbody/tr/th/p[@class='why']"));
		assertEquals(MIXED, page.text("//table/tbody/tr/th/p[@class='why']/bdi"));
		assertEquals("Artifact: " + EMOJI + " (from " + HEBREW + ")", page.text("//table/tbody/tr/td[2]/ul/li"));
		assertEquals("Review on 1 July 2027: " + MIXED, page.text(page.section("review") + "/p"));
		assertEquals(List.of(ARABIC + ", mentor Signed on 11 January 2027", HEBREW + ", mentee Signature and date"),
				page.texts("//footer/ul/li"));
	}

	@Test
	void aVeryLongGoalTitleIsKeptWhole() {
		assertEquals(5000, LONG.length());
		assertEquals(LONG, page.one("//table/tbody/tr/th/p[@class='goal-title']").getTextContent());
	}

	@Test
	void textOverSeveralLinesBecomesOneLine() {
		assertEquals("a text over three lines", page.one(page.section("purpose") + "/p[2]/bdi").getTextContent());
	}

	@Test
	void controlCharactersAreReplacedSoThePageStaysWellFormed() {
		assertEquals("Tool: bell\uFFFDand\uFFFDcontrols", page.text(page.section("resources") + "/ul/li"));
	}

	@Test
	void theSponsorsCopyLeavesOutOnlyTheConfidentialNote() {
		String sponsor = generator.summary(fixture.agreement(hostileAgreement()), Audience.SPONSOR);
		int start = html.indexOf("<section id=\"confidential\"");
		int end = html.indexOf("</section>\n", start) + "</section>\n".length();
		assertEquals(sponsor, html.substring(0, start) + html.substring(end));
	}
}
