package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.SignOff;
import org.mentorship.dsl.mentor.Signature;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/** Fixes of SignOffValidator. */
class SignOffFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.SIGN_OFF_PARTY_MISSING, this::addToSignOff);
		table.put(IssueCodes.CHANGED_AFTER_SIGN_OFF, this::reopenSignOff);
	}

	/** On the sign-off keyword: the party the issue names signs too. */
	private void addToSignOff(FixContext context) {
		String name = context.data(IssueData.PartyName::decode).name();
		context.at(SignOff.class).filter(s -> !name.isEmpty()).ifPresent(signOff -> context
				.offer("Add " + name + " to the sign-off", context.insertAfterHeader(signOff, name + " to sign")));
	}

	/** Every "X signed on D" becomes "X to sign": both read and sign the changed agreement again. */
	private void reopenSignOff(FixContext context) {
		context.agreement().ifPresent(a -> {
			List<TextEdit> edits = new ArrayList<>();
			for (SignOff signOff : Agreements.sections(a, SignOff.class)) {
				for (Signature signature : signOff.getSignatures()) {
					Optional<INode> signed = FixContext.node(signature, MentorPackage.Literals.SIGNATURE__SIGNED);
					Optional<INode> date = FixContext.node(signature, MentorPackage.Literals.SIGNATURE__DATE);
					if (signature.isSigned() && signed.isPresent() && date.isPresent()) {
						int offset = FixContext.tokenStart(signed.get());
						edits.add(context.replace(offset, FixContext.tokenEnd(date.get()) - offset, "to sign"));
					}
				}
			}
			if (!edits.isEmpty()) {
				context.offer("Re-open sign-off: everyone signs again", edits);
			}
		});
	}
}
