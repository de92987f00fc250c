package org.mentorship.dsl.ide.quickfix;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;
import org.mentorship.dsl.values.Dates;

/** Fixes of TermDatesValidator. */
class TermDatesFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.TERM_END_BEFORE_START, this::swapTermDates);
		table.put(IssueCodes.REVIEW_AFTER_END, this::moveReviewToEnd);
	}

	/**
	 * On the end date. An end in an earlier year than the start is most likely a mistyped year ("from 2027-01-11 to
	 * 2026-07-09"): the preferred fix writes the first year that puts the end after the start, since swapping made a term
	 * that ended before every milestone and the review. Dates in the same year are swapped. Equal dates have no clear fix.
	 */
	private void swapTermDates(FixContext context) {
		IssueData.Term term = context.data(IssueData.Term::decode);
		String start = term.start();
		String end = term.end();
		Optional<Agreement> agreement = context.agreement();
		if (start.isEmpty() || end.isEmpty() || start.equals(end) || agreement.isEmpty()) {
			return;
		}
		Optional<INode> startNode = FixContext.node(agreement.get(), MentorPackage.Literals.AGREEMENT__START);
		Optional<INode> endNode = FixContext.node(agreement.get(), MentorPackage.Literals.AGREEMENT__END);
		Optional<LocalDate> from = Dates.parse(start);
		Optional<LocalDate> to = Dates.parse(end);
		if (endNode.isPresent() && from.isPresent() && to.isPresent() && to.get().getYear() < from.get().getYear()) {
			LocalDate sameYear = to.get().withYear(from.get().getYear());
			LocalDate corrected = sameYear.isAfter(from.get()) ? sameYear : to.get().withYear(from.get().getYear() + 1);
			context.offer("End on " + corrected, context.replace(endNode.get(), corrected.toString()));
		}
		if (startNode.isPresent() && endNode.isPresent()) {
			context.offer("Swap the start and end dates", context.replace(startNode.get(), end),
					context.replace(endNode.get(), start));
		}
	}

	/** On the review date; the issue carries the end date. */
	private void moveReviewToEnd(FixContext context) {
		String end = context.data(IssueData.SuggestedDate::decode).date();
		context.at(Review.class).filter(r -> !end.isEmpty())
				.flatMap(r -> FixContext.node(r, MentorPackage.Literals.REVIEW__DATE))
				.ifPresent(date -> context.offer("Move the review to " + end, context.replace(date, end)));
	}
}
