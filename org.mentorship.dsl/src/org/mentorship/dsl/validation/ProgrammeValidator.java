package org.mentorship.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.SeverityOverride;

/** A programme's severity lines must name rules that exist and may be changed. */
public class ProgrammeValidator extends ComposedValidator {

	@Check
	public void knownRule(SeverityOverride override) {
		String code = override.getCode();
		if (code == null) {
			return;
		}
		if (!IssueCodes.all().contains(code)) {
			warning("There is no rule \"" + code + "\": docs/rules.md lists every rule code.", override,
					MentorPackage.Literals.SEVERITY_OVERRIDE__CODE, IssueCodes.UNKNOWN_RULE);
		} else if (IssueCodes.isFixedSeverity(code)) {
			warning("The severity of \"" + code + "\" cannot be changed: a file that cannot be read stays an error.",
					override, MentorPackage.Literals.SEVERITY_OVERRIDE__CODE, IssueCodes.UNKNOWN_RULE);
		}
	}
}
