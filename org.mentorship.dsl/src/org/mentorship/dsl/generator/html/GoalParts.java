package org.mentorship.dsl.generator.html;

import java.util.List;

import org.mentorship.dsl.mentor.CountCriterion;
import org.mentorship.dsl.mentor.EvidenceKind;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.PlainCriterion;
import org.mentorship.dsl.mentor.RatingCriterion;
import org.mentorship.dsl.mentor.RubricCriterion;
import org.mentorship.dsl.mentor.SuccessCriterion;

/** The goals table: each goal with its milestones, evidence and success criteria. */
final class GoalParts {

	private final PageWriter w;
	private final Html h;

	GoalParts(PageWriter writer) {
		this.w = writer;
		this.h = writer.h;
	}

	void goals() {
		List<Goal> goals = w.all(Goal.class);
		w.section("goals", "Goals", !goals.isEmpty(), () -> {
			h.open("table", "class", "goals").newline();
			h.element("caption", "Each goal with its milestones, the evidence of progress and how success is recognised").newline();
			h.open("thead").open("tr");
			for (String column : List.of("Goal", "Milestones", "Evidence", "Success criteria")) {
				h.element("th", column, "scope", "col");
			}
			h.close("tr").close("thead").newline();
			h.open("tbody").newline();
			goals.forEach(this::goal);
			h.close("tbody").newline();
			h.close("table").newline();
		});
	}

	private void goal(Goal goal) {
		h.open("tr").newline();
		h.open("th", "scope", "row").open("p", "class", "goal-title").user(goal.getTitle()).close("p");
		if (goal.getWhy() != null) {
			h.open("p", "class", "why").words("Why: ").user(goal.getWhy()).close("p");
		}
		h.close("th").newline();
		w.cell(goal.getMilestones(), (m, i) -> {
			h.user(m.getTitle()).words(" ").open("span", "class", "due").words("due ");
			w.date(m.getDue());
			h.close("span");
		});
		w.cell(goal.getEvidence(), (e, i) -> {
			if (e.getKind() != EvidenceKind.OTHER) {
				h.open("span", "class", "label").words(PageWriter.capitalised(e.getKind().getLiteral()) + ":").close("span").words(" ");
			}
			h.user(e.getText());
			if (e.getOwner() != null) {
				h.words(" (from ");
				w.name(e.getOwner());
				h.words(")");
			}
		});
		w.cell(goal.getCriteria(), (c, i) -> criterion(c));
		h.close("tr").newline();
	}

	private void criterion(SuccessCriterion criterion) {
		if (criterion instanceof CountCriterion count) {
			h.words("At least " + count.getCount() + " ").user(count.getWhat());
		} else if (criterion instanceof RatingCriterion rating) {
			h.user(rating.getWhat()).words(": rated " + rating.getRating() + " out of " + rating.getScale());
			if (rating.getRater() != null) {
				h.words(" by ");
				w.name(rating.getRater());
			}
		} else if (criterion instanceof RubricCriterion rubric) {
			h.words("Level ").user(rubric.getLevel()).words(" on ").user(rubric.getRubric());
		} else if (criterion instanceof PlainCriterion plain) {
			h.user(plain.getWhat());
		}
		if (criterion.getDue() != null) {
			h.words(" ").open("span", "class", "due").words("by ");
			w.date(criterion.getDue());
			h.close("span");
		}
	}
}
