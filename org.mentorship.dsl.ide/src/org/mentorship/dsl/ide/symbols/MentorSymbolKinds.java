package org.mentorship.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.mentorship.dsl.mentor.MentorPackage;

import com.google.inject.Singleton;

/**
 * LSP has no kinds for agreements, so each construct gets the kind whose icon fits best:
 * <ul>
 * <li>agreement: Module (the unit a file holds); programme: Namespace (it gives its defaults a name prefix);</li>
 * <li>party: Object (a person); goal: Class (it has members: milestones, evidence, success);</li>
 * <li>milestone, cadence, check-in, retrospective, kickoff, review: Event (something happens on a date);</li>
 * <li>boundaries, ethics, escalation, roles, career: Struct (a set of agreed rules);</li>
 * <li>purpose and confidential note: String (a text); modes: Enum; resources: Package;</li>
 * <li>risk, decision, change, sign-off, severity override: Field (an entry of a record or log).</li>
 * </ul>
 */
@Singleton
public class MentorSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return kind(type);
	}

	public static SymbolKind kind(EClass type) {
		if (type == null) {
			return SymbolKind.Property;
		}
		MentorPackage p = MentorPackage.eINSTANCE;
		if (type == p.getAgreement()) {
			return SymbolKind.Module;
		}
		if (type == p.getProgramme()) {
			return SymbolKind.Namespace;
		}
		if (type == p.getParty()) {
			return SymbolKind.Object;
		}
		if (type == p.getGoal()) {
			return SymbolKind.Class;
		}
		if (type == p.getMilestone() || type == p.getCadence() || type == p.getCheckIn() || type == p.getRetrospective()
				|| type == p.getKickoff() || type == p.getReview()) {
			return SymbolKind.Event;
		}
		if (type == p.getBoundaries() || type == p.getEthics() || type == p.getEscalation() || type == p.getRoles()
				|| type == p.getCareer()) {
			return SymbolKind.Struct;
		}
		if (type == p.getPurpose() || type == p.getConfidentialNote()) {
			return SymbolKind.String;
		}
		if (type == p.getModes()) {
			return SymbolKind.Enum;
		}
		if (type == p.getResources()) {
			return SymbolKind.Package;
		}
		return SymbolKind.Field;
	}
}
