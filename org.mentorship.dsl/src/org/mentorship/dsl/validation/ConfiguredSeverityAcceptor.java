package org.mentorship.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.validation.IssueSeverities;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

/**
 * Passes each finding on with the severity configured for its code ({@link ProgrammeIssueSeverities}),
 * or drops it when the code is ignored. A code that is not configurable keeps the severity it was
 * reported with.
 */
final class ConfiguredSeverityAcceptor implements ValidationMessageAcceptor {

	private final ValidationMessageAcceptor delegate;
	private final IssueSeverities severities;
	private final Map<String, PreferenceKey> configurable;

	ConfiguredSeverityAcceptor(ValidationMessageAcceptor delegate, IssueSeverities severities,
			Map<String, PreferenceKey> configurable) {
		this.delegate = delegate;
		this.severities = severities;
		this.configurable = configurable;
	}

	private Severity severity(Severity reported, String code) {
		return code != null && configurable.containsKey(code) ? severities.getSeverity(code) : reported;
	}

	@Override
	public void acceptError(String message, EObject object, EStructuralFeature feature, int index, String code,
			String... data) {
		accept(severity(Severity.ERROR, code), message, object, feature, index, code, data);
	}

	@Override
	public void acceptWarning(String message, EObject object, EStructuralFeature feature, int index, String code,
			String... data) {
		accept(severity(Severity.WARNING, code), message, object, feature, index, code, data);
	}

	@Override
	public void acceptInfo(String message, EObject object, EStructuralFeature feature, int index, String code,
			String... data) {
		accept(severity(Severity.INFO, code), message, object, feature, index, code, data);
	}

	@Override
	public void acceptError(String message, EObject object, int offset, int length, String code, String... data) {
		accept(severity(Severity.ERROR, code), message, object, offset, length, code, data);
	}

	@Override
	public void acceptWarning(String message, EObject object, int offset, int length, String code, String... data) {
		accept(severity(Severity.WARNING, code), message, object, offset, length, code, data);
	}

	@Override
	public void acceptInfo(String message, EObject object, int offset, int length, String code, String... data) {
		accept(severity(Severity.INFO, code), message, object, offset, length, code, data);
	}

	private void accept(Severity severity, String message, EObject object, EStructuralFeature feature, int index,
			String code, String[] data) {
		switch (severity) {
		case ERROR -> delegate.acceptError(message, object, feature, index, code, data);
		case WARNING -> delegate.acceptWarning(message, object, feature, index, code, data);
		case INFO -> delegate.acceptInfo(message, object, feature, index, code, data);
		default -> { // ignored
		}
		}
	}

	private void accept(Severity severity, String message, EObject object, int offset, int length, String code,
			String[] data) {
		switch (severity) {
		case ERROR -> delegate.acceptError(message, object, offset, length, code, data);
		case WARNING -> delegate.acceptWarning(message, object, offset, length, code, data);
		case INFO -> delegate.acceptInfo(message, object, offset, length, code, data);
		default -> { // ignored
		}
		}
	}
}
