package org.mentorship.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.ConflictOfInterest;
import org.mentorship.dsl.mentor.Confidentiality;
import org.mentorship.dsl.mentor.Consent;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.EthicsClause;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.ResponseTime;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.model.Defaults;

/**
 * Trust needs a few things said out loud: how fast replies come, what stays confidential, how
 * shared material may be used, and any conflict of interest (even "none"). Clauses taken from a
 * programme default ("like standard") count.
 */
public class BoundariesAndEthicsValidator extends ComposedValidator {

	@Check
	public void responseTime(Agreement a) {
		List<Boundaries> sections = Agreements.sections(a, Boundaries.class);
		if (sections.isEmpty()) {
			return; // reported as a missing part
		}
		if (!sections.stream().allMatch(Defaults::resolved)) {
			return; // a "like" did not resolve: its default may say it; the linking error is the message
		}
		boolean any = sections.stream().flatMap(b -> Defaults.clauses(b).stream()).anyMatch(ResponseTime.class::isInstance);
		if (!any) {
			reportOnFirstWord(Severity.WARNING, "The boundaries say no response time: add how soon you answer messages"
					+ " between meetings, e.g. reply within 2 working days on \"e-mail\".", sections.get(0),
					IssueCodes.NO_RESPONSE_TIME);
		}
	}

	@Check
	public void ethics(Agreement a) {
		List<Ethics> sections = Agreements.sections(a, Ethics.class);
		if (!sections.stream().allMatch(Defaults::resolved)) {
			return; // a "like" did not resolve: its default may say it; the linking error is the message
		}
		List<EthicsClause> clauses = sections.stream().flatMap(e -> Defaults.clauses(e).stream()).toList();
		require(a, sections, clauses, Confidentiality.class,
				"The ethics do not say what stays confidential: add confidentiality \"...\".",
				IssueCodes.NO_CONFIDENTIALITY);
		require(a, sections, clauses, Consent.class, "The ethics do not say how shared material (work, portfolios,"
				+ " interviews) may be used: add consent \"...\".", IssueCodes.NO_CONSENT);
		require(a, sections, clauses, ConflictOfInterest.class, "The ethics do not mention conflicts of interest:"
				+ " add conflicts of interest \"...\", even if it is \"none declared\".",
				IssueCodes.NO_CONFLICT_OF_INTEREST);
	}

	private void require(Agreement a, List<Ethics> sections, List<EthicsClause> clauses,
			Class<? extends EthicsClause> kind, String message, String code) {
		if (clauses.stream().anyMatch(kind::isInstance)) {
			return;
		}
		if (sections.isEmpty()) {
			warning(message, a, MentorPackage.Literals.DOCUMENT__NAME, code);
		} else {
			reportOnFirstWord(Severity.WARNING, message, (EObject) sections.get(0), code);
		}
	}
}
