package org.mentorship.dsl.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import com.google.inject.Inject;

/**
 * A validator whose findings get the severity configured for their code: the default of
 * {@link MentorIssueCodes}, or the file's programme's choice ({@link ProgrammeIssueSeverities}).
 * Every way a check reports (error/warning/info, or the message acceptor with an offset) goes through
 * {@link #getMessageAcceptor()}, so the checks need not know; a check whose codes are all ignored can
 * return early with {@link #isIgnored(String)}.
 */
public abstract class ConfiguredSeverityValidator extends AbstractDeclarativeValidator {

	@Inject
	private ConfigurableIssueCodesProvider issueCodes;

	@Override
	public ValidationMessageAcceptor getMessageAcceptor() {
		ValidationMessageAcceptor acceptor = super.getMessageAcceptor();
		if (getCurrentObject() == null) {
			return acceptor;
		}
		return new ConfiguredSeverityAcceptor(acceptor, getIssueSeverities(getContext(), getCurrentObject()),
				issueCodes.getConfigurableIssueCodes());
	}

	/** Whether a programme ignores every rule of a check: then the check need not run at all. */
	protected boolean allIgnored(String... codes) {
		for (String code : codes) {
			if (!issueCodes.getConfigurableIssueCodes().containsKey(code) || !isIgnored(code)) {
				return false;
			}
		}
		return true;
	}
}
