package org.mentorship.dsl.validation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.mentorship.dsl.mentor.Duration;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.DayOfMonth;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.TimeUnit;
import org.mentorship.dsl.values.ClockTimes;
import org.mentorship.dsl.values.Dates;
import org.mentorship.dsl.values.Durations;

import com.google.inject.Inject;

/**
 * Dates, times and durations are loose data-type rules in the grammar; this validator says in
 * words what is wrong with one. Which attributes are dates or times is read from the grammar
 * (the rule that parsed the text, see {@link WrittenValues}), so a new date field needs no change here.
 */
public class DataTypeValidator extends ComposedValidator {

	@Inject
	private WrittenValues written;

	/**
	 * Every date and time of the file, whatever attribute holds it: found in the one walk over the file's nodes that
	 * the text rules share (a walk per object and attribute was most of the validation time of large files).
	 */
	@Check
	public void datesAndTimes(MentorFile file) {
		// in a validation that runs the text rules too (CheckType.NORMAL), one walk finds both
		for (WrittenValues.DateOrTime value : written.datesAndTimes(file, getCheckMode().shouldCheck(CheckType.NORMAL))) {
			if (value.isDate() && !Dates.isMonthAndYear(value.text())) {
				report(value.node(), value.text(), Dates::problem, Dates::isoForm, IssueCodes.DATE_FORMAT);
			} else if (!value.isDate()) {
				report(value.node(), value.text(), ClockTimes::problem, ClockTimes::withColon, IssueCodes.TIME_FORMAT);
			}
		}
	}

	/** The problem of the value, if any, with its one certain rewrite for the quick fix ("April 15, 2027": 2027-04-15). */
	private void report(INode node, String text, Function<String, Optional<String>> problem,
			Function<String, Optional<String>> rewrite, String code) {
		// the value first: most are right, and looking for a syntax error around each was a twentieth of a keystroke's work
		Optional<String> message = problem.apply(text);
		if (message.isEmpty() || syntaxErrorAt(node)) {
			return; // "at 8pm": the syntax error says it (issue 12, one mistake, one message)
		}
		String asWritten = node.getText().substring(node.getOffset() - node.getTotalOffset(), node.getEndOffset() - node.getTotalOffset());
		String[] data = rewrite.apply(text).filter(r -> Dates.parse(r).isPresent() || ClockTimes.parse(r).isPresent())
				.map(r -> new IssueData.SyntaxCorrection(r, asWritten).encode()).orElse(new String[0]);
		getMessageAcceptor().acceptError(message.get(), node.getSemanticElement(), node.getOffset(), node.getLength(), code, data);
	}

	/** Whether the parser reported a mistake inside the value, right after it ("8" of "8pm") or on its line. */
	private static boolean syntaxErrorAt(INode node) {
		if (NodeModelUtils.getTokenText(node).isEmpty()) {
			return true; // nothing written: the parser said what is missing
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		ILeafNode next = firstLeafAfter(node);
		if (next != null && next.getOffset() == node.getTotalEndOffset() && next.getSyntaxErrorMessage() != null) {
			return true;
		}
		// "on the 1st Monday at 10:00": the parser's recovery read '1' as the time; the line's syntax error says it
		if (!(node.getSemanticElement().eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return false;
		}
		int line = node.getStartLine();
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			if (error.getStartLine() == line) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first leaf with text after the node, found through the node's following siblings and its parents'
	 * (what NodeModelUtils.findLeafNodeAtOffset finds at the node's end, but it searches from the root: on a
	 * 10,000-line file that search, once per date, was most of the validation time).
	 */
	private static ILeafNode firstLeafAfter(INode node) {
		for (INode level = node; level != null; level = level.getParent()) {
			for (INode sibling = level.getNextSibling(); sibling != null; sibling = sibling.getNextSibling()) {
				for (ILeafNode leaf : sibling.getLeafNodes()) {
					if (leaf.getTotalLength() > 0) {
						return leaf;
					}
				}
			}
		}
		return null;
	}

	@Check
	public void positiveDuration(Duration duration) {
		Optional<BigDecimal> amount = Durations.amount(duration);
		if (amount.isPresent() && amount.get().signum() <= 0) {
			error("A duration must be more than zero.", duration, MentorPackage.Literals.DURATION__AMOUNT,
					IssueCodes.DURATION_NOT_POSITIVE);
		}
	}

	/** Longer than this, a meeting is a typo (and no calendar can show it); anything over ten years too. */
	static final double MAX_MEETING_MINUTES = 24 * 60;
	static final double MAX_MINUTES = 10 * 365.25 * 24 * 60;

	@Check
	public void notTooLong(Duration duration) {
		Optional<Double> minutes = Durations.minutes(duration);
		if (minutes.isEmpty()) {
			return;
		}
		boolean meeting = duration.eContainer() instanceof Schedule || duration.eContainer() instanceof CheckIn
				|| duration.eContainer() instanceof Kickoff || (duration.eContainer() instanceof Retrospective
						&& duration.eContainingFeature() == MentorPackage.Literals.RETROSPECTIVE__DURATION);
		if (meeting && minutes.get() > MAX_MEETING_MINUTES) {
			error("A meeting of " + Durations.inWords(duration)
					+ " is longer than a day: check the number.", duration, MentorPackage.Literals.DURATION__AMOUNT,
					IssueCodes.DURATION_TOO_LONG);
		} else if (minutes.get() > MAX_MINUTES) {
			error(Durations.inWords(duration) + " is more than ten years: check the number.",
					duration, MentorPackage.Literals.DURATION__AMOUNT, IssueCodes.DURATION_TOO_LONG);
		}
	}

	@Check
	public void workingOnlyWithDays(Duration duration) {
		if (duration.isWorking() && duration.getUnit() != TimeUnit.DAYS) {
			error("'working' goes with days only, as in \"2 working days\".", duration,
					MentorPackage.Literals.DURATION__WORKING, IssueCodes.DURATION_WORKING_NOT_DAYS);
		}
	}

	@Check
	public void dayOfMonth(DayOfMonth day) {
		if (day.getDay() < 1 || day.getDay() > 31) {
			error("Day " + day.getDay() + " does not exist in a month: use a day from 1 to 31.", day,
					MentorPackage.Literals.DAY_OF_MONTH__DAY, IssueCodes.DAY_OF_MONTH);
		}
	}
}
