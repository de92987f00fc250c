package org.mentorship.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Career;
import org.mentorship.dsl.mentor.Change;
import org.mentorship.dsl.mentor.CheckIn;
import org.mentorship.dsl.mentor.ConfidentialNote;
import org.mentorship.dsl.mentor.Decision;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.Goal;
import org.mentorship.dsl.mentor.Kickoff;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Modes;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.Purpose;
import org.mentorship.dsl.mentor.Resources;
import org.mentorship.dsl.mentor.Retrospective;
import org.mentorship.dsl.mentor.Review;
import org.mentorship.dsl.mentor.Risk;
import org.mentorship.dsl.mentor.Roles;
import org.mentorship.dsl.mentor.SeverityOverride;
import org.mentorship.dsl.mentor.SignOff;

import com.google.inject.Singleton;

/**
 * Names of the outline (document symbols): the agreement, the programme, every section and default,
 * and the milestones of a goal. A named thing shows its name; an unnamed section shows its keyword,
 * with its date where it has one ("check-in 2027-04-13", "decided on 2027-02-02"). Anything else
 * (clauses, durations, ...) gets no name and so no symbol.
 */
@Singleton
public class MentorSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Agreement a) {
			return orElse(a.getName(), "agreement");
		}
		if (object instanceof Programme p) {
			return orElse(p.getName(), "programme");
		}
		if (object instanceof Party p) {
			return orElse(p.getName(), p.getRole().getLiteral());
		}
		if (object instanceof Goal g) {
			return orElse(g.getName(), "goal");
		}
		if (object instanceof Milestone m) {
			return m.getName() != null ? m.getName() : orElse(m.getTitle(), "milestone");
		}
		if (object instanceof Cadence c) {
			return named(c.getName(), "cadence");
		}
		if (object instanceof Boundaries b) {
			return named(b.getName(), "boundaries");
		}
		if (object instanceof Ethics e) {
			return named(e.getName(), "ethics");
		}
		if (object instanceof Escalation e) {
			return named(e.getName(), "escalation");
		}
		if (object instanceof CheckIn c) {
			return c.getName() != null ? c.getName() : dated("check-in", c.getDate());
		}
		if (object instanceof Retrospective r) {
			return r.getName() != null ? r.getName() : dated("retrospective", r.getDate());
		}
		if (object instanceof Kickoff k) {
			return dated("kickoff", k.getDate());
		}
		if (object instanceof Review r) {
			return dated("review", r.getDate());
		}
		if (object instanceof Decision d) {
			return dated("decided on", d.getDate());
		}
		if (object instanceof Change c) {
			return dated("changed on", c.getDate());
		}
		if (object instanceof SeverityOverride s) {
			return s.getCode() == null ? "severity" : "severity " + s.getCode();
		}
		if (object instanceof Purpose) {
			return "purpose";
		}
		if (object instanceof Roles) {
			return "roles";
		}
		if (object instanceof Modes) {
			return "modes";
		}
		if (object instanceof Resources) {
			return "resources";
		}
		if (object instanceof Risk) {
			return "risk";
		}
		if (object instanceof Career) {
			return "career";
		}
		if (object instanceof SignOff) {
			return "sign-off";
		}
		if (object instanceof ConfidentialNote) {
			return "confidential";
		}
		return null;
	}

	private static String orElse(String name, String fallback) {
		return name != null && !name.isEmpty() ? name : fallback;
	}

	/** A default's name ("monthly-default") or, for an agreement's own section, its keyword. */
	private static String named(String name, String keyword) {
		return name != null ? name : keyword;
	}

	private static String dated(String keyword, String date) {
		return date == null ? keyword : keyword + " " + date;
	}
}
