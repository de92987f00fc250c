package org.mentorship.dsl.tests.editor;

import org.junit.Assert;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.Test;

/** textDocument/hover: one sentence per clause, and facts computed as of today (2030-02-01). */
public class HoverLanguageServerTest extends EditorServicesTestBase {

	private String hover(String text, String marker, int shift) throws Exception {
		initializeClient();
		String uri = openFile("a.mentor", text);
		Hover hover = server().hover(new HoverParams(new TextDocumentIdentifier(uri), at(text, marker, shift))).get();
		return hover.getContents().getRight().getValue();
	}

	@Test
	public void cadenceHoursAndNextMeetings() throws Exception {
		Assert.assertEquals("""
				The cadence: how often, when and for how long the parties meet.

				About 2.2 hours per month.

				Next meetings: Tuesday 2030-02-05 at 10:00; Tuesday 2030-02-19 at 10:00; Tuesday 2030-03-05 at 10:00.""",
				hover(AGREEMENT, "biweekly", 3));
	}

	@Test
	public void cadenceAfterTheTerm() throws Exception {
		String ended = AGREEMENT.replace("from 2030-01-07 to 2030-06-28", "from 2029-01-07 to 2029-06-28");
		Assert.assertEquals("""
				The cadence: how often, when and for how long the parties meet.

				About 2.2 hours per month.

				The term has ended (2029-06-28): no more meetings.""", hover(ended, "cadence", 0));
	}

	@Test
	public void goalDaysLeft() throws Exception {
		Assert.assertEquals("""
				A goal: what the mentee will be able to do, with milestones, evidence and how success is measured.

				88 days left to its last milestone (2030-04-30).""", hover(AGREEMENT, "goal reviews", 0));
	}

	@Test
	public void partyReferenceGivesFullNameAndRole() throws Exception {
		Assert.assertEquals("**Grace Hopper** (`grace`) is the mentee. E-mail: grace@example.org.",
				hover(AGREEMENT, "from grace", 6));
	}

	@Test
	public void goalReference() throws Exception {
		Assert.assertEquals("""
				A goal: what the mentee will be able to do, with milestones, evidence and how success is measured.

				88 days left to its last milestone (2030-04-30).""", hover(AGREEMENT, "about reviews", 8));
	}

	@Test
	public void otherSections() throws Exception {
		Assert.assertEquals("The boundaries: how quickly the parties reply, on which channels, and when not to expect a reply.",
				hover(AGREEMENT, "working days", 0));
	}

	@Test
	public void signOffCountsSignatures() throws Exception {
		Assert.assertEquals("The sign-off: who signed the agreement, and when.\n\n2 of 2 signed.", hover(AGREEMENT, "sign-off", 2));
	}
}
