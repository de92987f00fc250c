package org.mentorship.dsl.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.PartyRole;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.mentor.Unreadable;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.parser.OtherForms;
import org.mentorship.dsl.values.Spelling;

/** The parts without which an agreement cannot be used: each missing one is an error on the agreement's id. */
public class RequiredPartsValidator extends ComposedValidator {

	@Check
	public void requiredSections(Agreement a) {
		Unparsed unparsed = new Unparsed(a);
		require(a, Agreements.has(a, Purpose.class) || unparsed.mentions("purpose"),
				"a purpose: what both want to achieve and why", IssueCodes.MISSING_PURPOSE);
		require(a, Agreements.first(a, PartyRole.MENTOR).isPresent() || unparsed.mentions("mentor"), "a mentor",
				IssueCodes.MISSING_MENTOR);
		require(a, Agreements.first(a, PartyRole.MENTEE).isPresent() || unparsed.mentions("mentee"), "a mentee",
				IssueCodes.MISSING_MENTEE);
		require(a, Agreements.has(a, Goal.class) || unparsed.mentions("goal"), "at least one goal",
				IssueCodes.MISSING_GOAL, new IssueData.SuggestedDate(suggest(a, 1)).encode());
		require(a, Agreements.has(a, Cadence.class) || unparsed.mentions("cadence"),
				"a cadence: how often and when you meet", IssueCodes.MISSING_CADENCE);
		require(a, Agreements.has(a, Boundaries.class) || unparsed.mentions("boundaries"),
				"boundaries: how you reach each other between meetings", IssueCodes.MISSING_BOUNDARIES);
		require(a, Agreements.has(a, SignOff.class) || unparsed.mentions("sign-off"), "a sign-off by mentor and mentee",
				IssueCodes.MISSING_SIGN_OFF, new IssueData.Signers(Agreements.first(a, PartyRole.MENTOR).map(Party::getName).orElse(""),
						Agreements.first(a, PartyRole.MENTEE).map(Party::getName).orElse("")).encode());
		require(a, Agreements.has(a, Review.class) || unparsed.mentions("review"), "a review date to revisit the terms",
				IssueCodes.MISSING_REVIEW, new IssueData.SuggestedDate(reviewSuggestion(a)).encode());
	}

	/**
	 * In a file with syntax errors, a part may be written but not read: its keyword is in the text, or
	 * a run of words the parser could not read starts with a word close to it ("cadance", "Goal"). The
	 * syntax error says what is wrong; "needs a cadence" would only mislead (issue 12).
	 */
	private static final class Unparsed {

		private final String text;
		private final List<List<String>> unreadable = new ArrayList<>();

		Unparsed(Agreement a) {
			ICompositeNode node = NodeModelUtils.getNode(a);
			boolean syntaxErrors = a.eResource() instanceof XtextResource r && r.getParseResult() != null
					&& r.getParseResult().hasSyntaxErrors();
			text = syntaxErrors && node != null ? node.getRootNode().getText() : null;
			if (text != null) {
				for (var section : a.getSections()) {
					if (section instanceof Unreadable u && !u.getWords().isEmpty()) {
						unreadable.add(u.getWords());
					}
				}
			}
		}

		boolean mentions(String keyword) {
			if (text == null) {
				return false;
			}
			// "sign off" and "signoff" at the start of a line are the word too (the parser may have read "sign" as a name)
			String written = Pattern.quote(keyword).replace("-", "\\E[ \\t-]?\\Q");
			if (Pattern.compile("(?m)^[ \\t]*" + written + "(?![A-Za-z0-9_-])").matcher(text).find()) {
				return true;
			}
			return unreadable.stream().anyMatch(words -> {
				String w = words.get(0);
				// "sign off", "retro", "boundary": the word in another form (OtherForms), not close enough for a typo
				return w.equalsIgnoreCase(keyword) || Spelling.isClose(w, keyword) || OtherForms
						.of(w, words.size() > 1 ? words.get(1) : null, keyword::equals).isPresent();
			});
		}
	}

	@Check
	public void term(Agreement a) {
		if (a.getStart() == null && !new Unparsed(a).mentions("from") && !mentionsTerm(a)) {
			error(Agreements.called(a) + " has no term: add a line like \"from 2027-01-11 to 2027-07-09\" or"
					+ " \"from 2027-01-11 for 6 months\".", a, MentorPackage.Literals.DOCUMENT__NAME,
					IssueCodes.MISSING_TERM);
		}
	}

	@Check
	public void timeZone(Agreement a) {
		// with an unresolved programme, its time zone is unknown: the linking error is the message
		boolean programmeUnresolved = a.getProgramme() != null && a.getProgramme().eIsProxy();
		if (Agreements.timeZoneText(a).isEmpty() && !programmeUnresolved
				&& !writtenButUnread(a, "(?s).*\\btime\\s+zone\\s+\".*")) {
			warning(Agreements.called(a) + " has no time zone, so calendars cannot place its meetings: add a"
					+ " line like time zone \"Europe/Berlin\".", a, MentorPackage.Literals.DOCUMENT__NAME,
					IssueCodes.MISSING_TIME_ZONE);
		}
	}

	/** "from" in the header (not at the start of a line): the term was written but not read. */
	private static boolean mentionsTerm(Agreement a) {
		return writtenButUnread(a, "(?s).*\\bfrom\\s+\\d.*");
	}

	/**
	 * In a file with syntax errors, whether the text has the clause (a header clause after a broken term is not
	 * read): then its syntax error is the message, not "has no ..." (issue 12).
	 */
	private static boolean writtenButUnread(Agreement a, String clause) {
		ICompositeNode node = NodeModelUtils.getNode(a);
		boolean syntaxErrors = a.eResource() instanceof XtextResource r && r.getParseResult() != null
				&& r.getParseResult().hasSyntaxErrors();
		return syntaxErrors && node != null && node.getRootNode().getText().matches(clause);
	}

	private void require(Agreement a, boolean present, String what, String code, String... data) {
		if (!present) {
			error(Agreements.called(a) + " needs " + what + ".", a, MentorPackage.Literals.DOCUMENT__NAME, code,
					data);
		}
	}

	private static String suggest(Agreement a, int monthsAfterStart) {
		return Agreements.start(a).map(s -> s.plusMonths(monthsAfterStart).toString()).orElse("");
	}

	/** Three months after the start, but not after the end. */
	static String reviewSuggestion(Agreement a) {
		Optional<LocalDate> start = Agreements.start(a);
		if (start.isEmpty()) {
			return "";
		}
		LocalDate review = start.get().plusMonths(3);
		Optional<LocalDate> end = Agreements.end(a);
		return (end.isPresent() && review.isAfter(end.get()) ? end.get() : review).toString();
	}
}
