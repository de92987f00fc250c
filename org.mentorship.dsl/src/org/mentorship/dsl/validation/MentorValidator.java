package org.mentorship.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator Xtext calls. Each concern lives in its own small validator, composed here, so
 * there is one obvious home for every rule.
 */
@ComposedChecks(validators = { DataTypeValidator.class })
public class MentorValidator extends AbstractMentorValidator {
}
