package org.mentorship.dsl.ide.quickfix;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.parser.IParser;
import org.mentorship.dsl.ide.quickfix.IssueFixes.Edit;
import org.mentorship.dsl.ide.quickfix.IssueFixes.Fix;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Fix-all, one round of one file: of the preferred fixes of its findings, those that can be applied
 * together. Served to editors as the {@code source.fixAll} code action (MentorCodeActionService) and
 * repeated in rounds by {@code mentor fix} (org.mentorship.cli, AgreementFixer), so both apply the
 * same fixes in the same order.
 *
 * Fixes are taken in the order of their findings in the text; a fix whose edits conflict with one
 * already taken (see {@link Edit#conflictsWith}) waits for the next round, when it is computed again
 * on the new text. The result must parse without syntax errors: fixes that would break it wait too.
 */
public class FixAll {

	/**
	 * For fixes at one place (the agreement's id, a goal's name), the order in which they are chosen and
	 * their insertions applied: new sections come in the order of examples/complete.mentor. The
	 * validator's order cannot be used: two checks on one element report in a different order from one
	 * run to the next.
	 */
	private static final List<String> SAME_PLACE_ORDER = List.of(IssueCodes.MISSING_PURPOSE, IssueCodes.MISSING_MENTOR,
			IssueCodes.MISSING_MENTEE, IssueCodes.MISSING_GOAL, IssueCodes.GOAL_NO_MILESTONE, IssueCodes.GOAL_NO_EVIDENCE,
			IssueCodes.GOAL_NOT_MEASURABLE, IssueCodes.MISSING_CADENCE, IssueCodes.MISSING_BOUNDARIES,
			IssueCodes.NO_RESPONSE_TIME, IssueCodes.NO_MID_COURSE_CHECK_IN, IssueCodes.NO_RETROSPECTIVE,
			IssueCodes.NO_CONFIDENTIALITY, IssueCodes.NO_CONSENT, IssueCodes.NO_CONFLICT_OF_INTEREST,
			IssueCodes.MISSING_SIGN_OFF, IssueCodes.MISSING_REVIEW);

	private static final Comparator<Fix> ORDER = Comparator
			.comparingInt((Fix f) -> f.issue().getOffset() == null ? 0 : f.issue().getOffset())
			.thenComparingInt(f -> {
				int rank = SAME_PLACE_ORDER.indexOf(f.issue().getCode());
				return rank < 0 ? SAME_PLACE_ORDER.size() : rank;
			}).thenComparing(f -> f.issue().getCode());

	private final IParser parser;

	@Inject
	public FixAll(IParser parser) {
		this.parser = parser;
	}

	/** A round's result: the new text, and the fixes applied to get it, in the order chosen. */
	public record Round(String text, List<Fix> applied) {

		/** All edits of the round, each referring to the text before it. */
		public List<Edit> edits() {
			List<Edit> edits = new ArrayList<>();
			applied.forEach(f -> edits.addAll(f.edits()));
			return edits;
		}
	}

	/**
	 * One round on a text that has no syntax errors.
	 *
	 * @param preferred the preferred fix of each finding that has one, computed on this text
	 * @return the round, or nothing when no fix can be applied
	 */
	public Optional<Round> round(String text, List<Fix> preferred) {
		List<Fix> chosen = new ArrayList<>();
		for (Fix fix : preferred.stream().sorted(ORDER).toList()) {
			if (chosen.stream().noneMatch(c -> c.conflictsWith(fix))) {
				chosen.add(fix);
			}
		}
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		String fixed = apply(text, chosen);
		if (parses(fixed)) {
			return Optional.of(new Round(fixed, chosen));
		}
		// keep the fixes that leave the text readable, one by one; the others wait for the next round
		List<Fix> readable = new ArrayList<>();
		fixed = null;
		for (Fix fix : chosen) {
			readable.add(fix);
			String candidate = apply(text, readable);
			if (parses(candidate)) {
				fixed = candidate;
			} else {
				readable.remove(readable.size() - 1);
			}
		}
		return fixed == null ? Optional.empty() : Optional.of(new Round(fixed, List.copyOf(readable)));
	}

	private static String apply(String text, List<Fix> fixes) {
		return IssueFixes.apply(text, new Round(text, fixes).edits());
	}

	private boolean parses(String text) {
		return !parser.parse(new StringReader(text)).hasSyntaxErrors();
	}
}
