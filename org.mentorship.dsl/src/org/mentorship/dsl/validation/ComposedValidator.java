package org.mentorship.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the small validators that MentorValidator composes. They must not register themselves
 * with EMF: MentorValidator runs their checks, and a second registration would run them twice.
 */
public abstract class ComposedValidator extends ConfiguredSeverityValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into MentorValidator
	}

	/**
	 * Xtext ignores a NullPointerException in a check as a convenience, and lets any other exception end
	 * the validation of the whole file (its other findings are lost). In our checks both are bugs: the
	 * check becomes one finding "internal error in <Validator.check>: ..." on the object it was checking,
	 * the trace goes to the log (where the fuzz test sees it), and the other checks go on.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) {
		if (targetException.getClass().getName().equals("org.eclipse.xtext.validation.GuardException")) {
			return; // Xtext's way to skip a check (package-private there), not a failure
		}
		if (InternalErrors.mustPropagate(targetException)) {
			org.eclipse.xtext.util.Exceptions.throwUncheckedException(targetException);
		}
		EObject object = getCurrentObject();
		String rule = getClass().getSimpleName() + "." + getCurrentMethod().getName();
		String message = InternalErrors.report(rule, object.eResource() == null ? "?" : object.eResource().getURI(),
				targetException);
		getMessageAcceptor().acceptError(message, object, null, INSIGNIFICANT_INDEX, IssueCodes.INTERNAL);
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
