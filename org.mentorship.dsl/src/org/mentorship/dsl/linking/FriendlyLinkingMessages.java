package org.mentorship.dsl.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.mentorship.dsl.mentor.Document;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.MentorPackage;
import org.mentorship.dsl.mentor.Unreadable;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;
import org.mentorship.dsl.values.Spelling;

import com.google.inject.Inject;

/**
 * "Couldn't resolve reference to Party 'adda'" becomes "No party is named 'adda' ...": the message
 * says what kind of thing was looked for and where such things are declared.
 */
public class FriendlyLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		if (declaredWhereUnreadable(context.getContext(), name)) {
			return null; // the syntax error where it is declared says what is wrong (issue 12)
		}
		List<String> close = closeNames(context, name);
		String message = close.isEmpty() ? describe(context.getReference().getEReferenceType(), name)
				: "No " + kind(context.getReference().getEReferenceType()) + " is named '" + name + "'. Did you mean '"
						+ String.join("' or '", close) + "'?";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE,
				new IssueData.UnknownName(name, close).encode());
	}

	/** The names in scope (this file, its programme, other files) close to the unknown one: at most three. */
	private List<String> closeNames(ILinkingDiagnosticContext context, String name) {
		if (name == null || name.length() < 2 || context.getContext() == null) {
			return List.of();
		}
		try {
			Set<String> names = new LinkedHashSet<>();
			int seen = 0;
			for (IEObjectDescription d : scopes.getScope(context.getContext(), context.getReference()).getAllElements()) {
				names.add(d.getName().toString());
				if (++seen > 5_000) {
					break;
				}
			}
			List<String> close = Spelling.closeOnes(name, names);
			return close.size() > 3 ? close.subList(0, 3) : close;
		} catch (RuntimeException e) {
			return List.of(); // a suggestion is a bonus: never lose the error for it
		}
	}

	private static String kind(EClass type) {
		MentorPackage p = MentorPackage.eINSTANCE;
		return type == p.getParty() ? "party" : type == p.getGoal() ? "goal" : type == p.getProgramme() ? "programme"
				: type.getName().toLowerCase() + " default";
	}

	/**
	 * Whether the name is among words the parser could not read (the grammar's Unreadable), as in
	 * "mentie lee ...": then it was most likely declared there.
	 */
	private static boolean declaredWhereUnreadable(EObject context, String name) {
		if (context == null || context.eResource() == null || context.eResource().getContents().isEmpty()) {
			return false;
		}
		EObject root = context.eResource().getContents().get(0);
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof Unreadable u) {
				all.prune();
				if (u.getWords().contains(name)) {
					return true;
				}
			} else if (!(next instanceof MentorFile || next instanceof Document)) {
				all.prune();
			}
		}
		return false;
	}

	private static String describe(EClass type, String name) {
		MentorPackage p = MentorPackage.eINSTANCE;
		if (type == p.getParty()) {
			// no example line: a made-up person in the advice reads like something to copy (issue 12)
			return "No party is named '" + name + "': check the spelling, or declare " + name
					+ " as a party: a line with the role (mentor, mentee, sponsor, ...), the name " + name
					+ " and the person's full name in quotes.";
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
