package org.mentorship.dsl.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.mentorship.dsl.mentor.Agenda;
import org.mentorship.dsl.mentor.BoundaryClause;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Cadence;
import org.mentorship.dsl.mentor.Escalation;
import org.mentorship.dsl.mentor.EscalationStep;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.mentor.EthicsClause;
import org.mentorship.dsl.mentor.Preparation;
import org.mentorship.dsl.mentor.Schedule;
import org.mentorship.dsl.mentor.Skip;

/**
 * A section that says "like <default>" has its own clauses plus those of the default (which may
 * itself be "like" another). These methods give the combined view, own clauses first; a cycle of
 * "like"s is cut where it closes (the validator reports it).
 */
public final class Defaults {

	private Defaults() {
	}

	public static List<BoundaryClause> clauses(Boundaries boundaries) {
		return collect(boundaries, Boundaries::getBase, Boundaries::getClauses);
	}

	public static List<EthicsClause> clauses(Ethics ethics) {
		return collect(ethics, Ethics::getBase, Ethics::getClauses);
	}

	public static List<EscalationStep> steps(Escalation escalation) {
		return collect(escalation, Escalation::getBase, Escalation::getSteps);
	}

	public static List<Agenda> agenda(Cadence cadence) {
		return collect(cadence, Cadence::getBase, Cadence::getAgenda);
	}

	public static List<Preparation> preparations(Cadence cadence) {
		return collect(cadence, Cadence::getBase, Cadence::getPreparations);
	}

	public static List<Skip> skips(Cadence cadence) {
		return collect(cadence, Cadence::getBase, Cadence::getSkips);
	}

	/** The cadence's own schedule, or the one of the template it is "like". */
	public static Optional<Schedule> schedule(Cadence cadence) {
		for (Cadence c : chain(cadence, Cadence::getBase)) {
			if (c.getSchedule() != null) {
				return Optional.of(c.getSchedule());
			}
		}
		return Optional.empty();
	}

	private static <S extends EObject, C> List<C> collect(S section, Function<S, S> base, Function<S, List<C>> own) {
		List<C> all = new ArrayList<>();
		for (S s : chain(section, base)) {
			all.addAll(own.apply(s));
		}
		return all;
	}

	/**
	 * Whether every "like" of the chain resolved. When one did not (a misspelled programme default),
	 * the combined view lacks the clauses of that default: checks that need them must not report, nor
	 * fixes add, what the default may well say. The linking error is the one message then.
	 */
	public static <S extends EObject> boolean resolved(S section, Function<S, S> base) {
		List<S> chain = chain(section, base);
		if (chain.isEmpty()) {
			return section == null;
		}
		S last = base.apply(chain.get(chain.size() - 1));
		return last == null || !last.eIsProxy();
	}

	public static boolean resolved(Boundaries boundaries) {
		return resolved(boundaries, Boundaries::getBase);
	}

	public static boolean resolved(Ethics ethics) {
		return resolved(ethics, Ethics::getBase);
	}

	public static boolean resolved(Cadence cadence) {
		return resolved(cadence, Cadence::getBase);
	}

	/** The section, its base, the base's base... each once, without unresolved proxies. */
	public static <S extends EObject> List<S> chain(S section, Function<S, S> base) {
		Map<S, Boolean> seen = new IdentityHashMap<>();
		List<S> chain = new ArrayList<>();
		for (S s = section; s != null && !s.eIsProxy() && seen.put(s, true) == null; s = base.apply(s)) {
			chain.add(s);
		}
		return chain;
	}
}
