package org.mentorship.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.validation.IssueCodes;

/**
 * "Couldn't resolve reference to Party 'adda'" becomes "No party is named 'adda' ...": the message
 * says what kind of thing was looked for and where such things are declared.
 */
public class FriendlyLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		return new DiagnosticMessage(describe(context.getReference().getEReferenceType(), name), Severity.ERROR,
				IssueCodes.UNRESOLVED_REFERENCE, name);
	}

	private static String describe(EClass type, String name) {
		MentorPackage p = MentorPackage.eINSTANCE;
		if (type == p.getParty()) {
			return "No party is named '" + name
					+ "': declare it (e.g. mentor " + name + " \"Full Name\") or check the spelling.";
		}
		if (type == p.getGoal()) {
			return "No goal is named '" + name + "' in this agreement.";
		}
		if (type == p.getProgramme()) {
			return "No programme named '" + name
					+ "' was found: check its name, and validate the programme file together with this agreement.";
		}
		String what = type.getName().toLowerCase();
		return "No " + what + " default is named '" + name
				+ "': defaults come from the programme named in the agreement's header (programme <name>).";
	}
}
