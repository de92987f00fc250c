package org.mentorship.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the small validators that MentorValidator composes. They must not register themselves
 * with EMF: MentorValidator runs their checks, and a second registration would run them twice.
 */
public abstract class ComposedValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into MentorValidator
	}

	/**
	 * Xtext ignores a NullPointerException in a check as a convenience; in our checks it is a bug.
	 * Rethrown, Xtext's resource validator logs it (and still reports the other checks' findings),
	 * so the fuzz test sees it.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) {
		org.eclipse.xtext.util.Exceptions.throwUncheckedException(targetException);
	}

	/**
	 * Reports on the first word of a section ("boundaries", "ethics", "sign-off"): marking the whole
	 * section would underline many lines for something that is missing from it.
	 */
	protected void reportOnFirstWord(Severity severity, String message, EObject section, String code, String... data) {
		ICompositeNode node = NodeModelUtils.getNode(section);
		if (node == null) {
			return;
		}
		int offset = node.getOffset();
		int length = node.getLength();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				offset = leaf.getOffset();
				length = leaf.getLength();
				break;
			}
		}
		switch (severity) {
		case ERROR -> getMessageAcceptor().acceptError(message, section, offset, length, code, data);
		case WARNING -> getMessageAcceptor().acceptWarning(message, section, offset, length, code, data);
		default -> getMessageAcceptor().acceptInfo(message, section, offset, length, code, data);
		}
	}
}
