package org.mentorship.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.CountCriterion;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.PlainCriterion;
import org.mentorship.dsl.mentor.RatingCriterion;
import org.mentorship.dsl.mentor.RubricCriterion;
import org.mentorship.dsl.mentor.SuccessCriterion;
import org.mentorship.dsl.model.Agreements;

/** A goal is useful when progress can be seen: milestones with dates, evidence, a measurable criterion. */
public class GoalValidator extends ComposedValidator {

	/** Words that promise nothing checkable unless a number or a level comes with them. */
	private static final List<String> VAGUE = List.of("improve", "better", "more", "understand", "get good at",
			"learn about", "be comfortable", "grow", "develop", "work on", "explore");

	private static final Pattern NUMBER = Pattern.compile("\\d");
	private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]");

	@Check
	public void hasMilestone(Goal goal) {
		if (goal.getMilestones().isEmpty()) {
			warning(called(goal) + " has no milestone: add at least one step with a due date, e.g."
					+ " milestone \"First draft\" due 2027-02-01.", goal, MentorPackage.Literals.GOAL__NAME,
					IssueCodes.GOAL_NO_MILESTONE, new IssueData.SuggestedDate(
							Agreements.of(goal).flatMap(Agreements::start).map(s -> s.plusMonths(1).toString()).orElse("")).encode());
		}
	}

	@Check
	public void hasEvidence(Goal goal) {
		if (goal.getEvidence().isEmpty()) {
			warning(called(goal) + " has no evidence: say what the mentee will share to show progress,"
					+ " e.g. evidence artifact \"the design document\".", goal, MentorPackage.Literals.GOAL__NAME,
					IssueCodes.GOAL_NO_EVIDENCE);
		}
	}

	@Check
	public void isMeasurable(Goal goal) {
		if (goal.getCriteria().stream().noneMatch(GoalValidator::measurable)) {
			warning(called(goal) + " has no measurable success criterion: add a count (success at least"
					+ " 3 \"...\"), a rating (success rated 4 out of 5 \"...\") or a rubric level (success level"
					+ " \"...\" on \"...\").", goal, MentorPackage.Literals.GOAL__NAME, IssueCodes.GOAL_NOT_MEASURABLE);
		}
	}

	/**
	 * A count or rating that says nothing: "at least 0" is met before the mentorship starts, "rated 6 out of 5" (or out
	 * of 0) can never be met. Both passed as measurable.
	 */
	@Check
	public void reachable(SuccessCriterion criterion) {
		unreachable(criterion).ifPresent(why -> warning(why, criterion, criterion instanceof CountCriterion
				? MentorPackage.Literals.COUNT_CRITERION__COUNT : MentorPackage.Literals.RATING_CRITERION__RATING,
				IssueCodes.GOAL_UNREACHABLE));
	}

	static Optional<String> unreachable(SuccessCriterion criterion) {
		if (criterion instanceof CountCriterion count && count.getCount() == 0) {
			return Optional.of("\"at least 0\" is true before the mentorship starts: count what the mentee will do, e.g."
					+ " success at least 3 \"...\".");
		}
		if (criterion instanceof RatingCriterion rating && (rating.getScale() == 0 || rating.getRating() > rating.getScale()
				|| rating.getRating() == 0)) {
			return Optional.of(rating.getRating() == 0 && rating.getScale() > 0
					? "\"rated 0 out of " + rating.getScale() + "\" is met by any rating: name the rating to reach, e.g."
							+ " rated 4 out of " + rating.getScale() + "."
					: "A rating of " + rating.getRating() + " out of " + rating.getScale() + " can never be given: the rating is"
							+ " at most the top of the scale, e.g. rated 4 out of 5.");
		}
		return Optional.empty();
	}

	@Check
	public void notVague(Goal goal) {
		if (goal.getTitle() == null || NUMBER.matcher(goal.getTitle()).find()) {
			return;
		}
		vagueWord(goal.getTitle()).ifPresent(word -> info(called(goal) + " says \"" + word
				+ "\" without saying how much: name something you can see or count, e.g. \"Lead three design"
				+ " reviews\".", goal, MentorPackage.Literals.GOAL__TITLE, IssueCodes.GOAL_VAGUE, word));
	}

	static boolean measurable(SuccessCriterion criterion) {
		if (criterion instanceof CountCriterion || criterion instanceof RatingCriterion
				|| criterion instanceof RubricCriterion) {
			return true;
		}
		return criterion instanceof PlainCriterion && ((PlainCriterion) criterion).getWhat() != null
				&& NUMBER.matcher(((PlainCriterion) criterion).getWhat()).find();
	}

	static Optional<String> vagueWord(String title) {
		String text = " " + NOT_A_LETTER.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
		return VAGUE.stream().filter(w -> text.contains(" " + w + " ")).findFirst();
	}

	/** "Goal 'reviews'", or "This goal" when the parser recovered no name (never "Goal 'null'"). */
	private static String called(Goal goal) {
		return goal.getName() == null || goal.getName().isEmpty() ? "This goal" : "Goal '" + goal.getName() + "'";
	}
}
