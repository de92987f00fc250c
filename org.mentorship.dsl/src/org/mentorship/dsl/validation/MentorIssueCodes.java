package org.mentorship.dsl.validation;

import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_ERROR;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_INFO;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_WARNING;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Singleton;

/**
 * The default severity of every rule whose severity a programme may change ("severity <code> is
 * <level>", see {@link ProgrammeIssueSeverities}): the one place it is decided. The validators report
 * through {@link ConfiguredSeverityValidator}, which applies it whatever verb the check used. The
 * problems of reading a file ({@link IssueCodes#isFixedSeverity}) are not listed: they keep theirs.
 * docs/rules.md shows the same severities (RulesDocTest compares).
 */
@Singleton
public class MentorIssueCodes extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		// what makes the agreement unusable
		for (String code : new String[] { IssueCodes.DUPLICATE_NAME, IssueCodes.DUPLICATE_ID,
				IssueCodes.DURATION_NOT_POSITIVE, IssueCodes.DURATION_TOO_LONG, IssueCodes.DURATION_WORKING_NOT_DAYS,
				IssueCodes.DAY_OF_MONTH, IssueCodes.MISSING_PURPOSE, IssueCodes.MISSING_MENTOR, IssueCodes.MISSING_MENTEE,
				IssueCodes.MISSING_GOAL, IssueCodes.MISSING_CADENCE, IssueCodes.MISSING_BOUNDARIES,
				IssueCodes.MISSING_SIGN_OFF, IssueCodes.MISSING_REVIEW, IssueCodes.MISSING_TERM,
				IssueCodes.EMAIL_NOT_AN_ADDRESS, IssueCodes.TERM_END_BEFORE_START, IssueCodes.DATE_BEFORE_START,
				IssueCodes.UNKNOWN_TIME_ZONE }) {
			acceptor.accept(create(code, SEVERITY_ERROR));
		}
		// what weakens it
		for (String code : new String[] { IssueCodes.MISSING_TIME_ZONE, IssueCodes.GOAL_NO_MILESTONE,
				IssueCodes.GOAL_NO_EVIDENCE, IssueCodes.GOAL_NOT_MEASURABLE, IssueCodes.GOAL_UNREACHABLE, IssueCodes.DATE_AFTER_END,
				IssueCodes.REVIEW_AFTER_END, IssueCodes.MILESTONE_OVERDUE, IssueCodes.NO_MID_COURSE_CHECK_IN,
				IssueCodes.NO_RETROSPECTIVE, IssueCodes.RETROSPECTIVE_INTERVAL, IssueCodes.CADENCE_DAY_MISMATCH,
				IssueCodes.MONTH_END, IssueCodes.SKIP_NOT_A_MEETING, IssueCodes.COMMITMENT_PERIOD,
				IssueCodes.TIME_BUDGET_EXCEEDED, IssueCodes.NO_RESPONSE_TIME, IssueCodes.NO_CONFIDENTIALITY,
				IssueCodes.NO_CONSENT, IssueCodes.NO_CONFLICT_OF_INTEREST, IssueCodes.SIGN_OFF_PARTY_MISSING,
				IssueCodes.CHANGED_AFTER_SIGN_OFF, IssueCodes.TOO_LONG, IssueCodes.DST_GAP, IssueCodes.DST_OVERLAP,
				IssueCodes.PLACEHOLDER, IssueCodes.UNKNOWN_RULE }) {
			acceptor.accept(create(code, SEVERITY_WARNING));
		}
		// style
		for (String code : new String[] { IssueCodes.GOAL_VAGUE, IssueCodes.TIME_BUDGET_MISSING, IssueCodes.NOT_SIGNED,
				IssueCodes.JARGON, IssueCodes.LONG_SENTENCE }) {
			acceptor.accept(create(code, SEVERITY_INFO));
		}
	}
}
