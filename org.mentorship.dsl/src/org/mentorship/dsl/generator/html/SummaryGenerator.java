package org.mentorship.dsl.generator.html;

import java.util.Objects;

import org.mentorship.dsl.mentor.Agreement;

/**
 * The printable summary of an agreement: one self-contained HTML5 page (polyglot markup, inline CSS,
 * no script, nothing loaded from elsewhere) that prints on A4. Sections of one kind are shown together
 * under one heading, in a fixed order; programme defaults taken with {@code like} are shown as part of
 * the agreement. Only the parties' copy ({@link Audience#PARTIES}) shows the confidential notes; the
 * copies are otherwise identical.
 * <p>
 * This class holds the page's skeleton and the order of its parts; the parts themselves are written
 * by {@link PeopleParts}, {@link GoalParts}, {@link MeetingParts}, {@link TrustParts} and
 * {@link RecordParts}, with the pieces they share in {@link PageWriter}.
 * <p>
 * Stateless: every call writes a new page, so one instance can be injected and shared.
 */
public class SummaryGenerator {

	public String summary(Agreement agreement, Audience audience) {
		Objects.requireNonNull(agreement, "agreement");
		Objects.requireNonNull(audience, "audience");
		PageWriter w = new PageWriter(agreement);
		PeopleParts people = new PeopleParts(w);
		GoalParts goals = new GoalParts(w);
		MeetingParts meetings = new MeetingParts(w);
		TrustParts trust = new TrustParts(w);
		RecordParts records = new RecordParts(w);
		Html h = w.h;

		h.constant("<!DOCTYPE html>").newline();
		h.open("html", "lang", "en", "xmlns", "http://www.w3.org/1999/xhtml").newline();
		head(h, agreement);
		h.open("body").newline();
		people.header();
		h.open("main").newline();
		people.purpose();
		people.parties();
		goals.goals();
		h.open("div", "class", "columns").newline();
		meetings.modes();
		meetings.cadence();
		trust.boundaries();
		meetings.kickoff();
		meetings.checkIns();
		meetings.retrospectives();
		trust.ethics();
		trust.resources();
		trust.risks();
		trust.escalation();
		records.decisionsAndChanges();
		records.career();
		records.review();
		h.close("div").newline();
		if (audience.seesConfidentialNotes()) {
			records.confidential();
		}
		h.close("main").newline();
		records.signOff();
		h.close("body").newline();
		h.close("html").newline();
		return h.toString();
	}

	private static void head(Html h, Agreement agreement) {
		h.open("head").newline();
		h.empty("meta", "charset", "utf-8").newline();
		h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
		h.open("title").text(agreement.getTitle()).words(" \u2013 mentorship agreement").close("title").newline();
		h.open("style").constant(Style.css()).close("style").newline();
		h.close("head").newline();
	}
}
