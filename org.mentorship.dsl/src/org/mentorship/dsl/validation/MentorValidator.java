package org.mentorship.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator Xtext calls. Each concern lives in its own small validator, composed here, so
 * there is one obvious home for every rule (docs/rules.md lists them all).
 */
@ComposedChecks(validators = { DataTypeValidator.class, RequiredPartsValidator.class, GoalValidator.class,
		TermDatesValidator.class, RhythmValidator.class, TimeBudgetValidator.class,
		BoundariesAndEthicsValidator.class, SignOffValidator.class, PlainLanguageValidator.class,
		TimeZoneValidator.class, ProgrammeValidator.class, CadenceValidator.class, ContactValidator.class,
		DocumentIdValidator.class, PlaceholderValidator.class })
public class MentorValidator extends AbstractMentorValidator {
}
