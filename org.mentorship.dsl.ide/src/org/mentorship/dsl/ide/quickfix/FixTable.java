package org.mentorship.dsl.ide.quickfix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * From issue code to its fix: the one place that knows which fixes exist. Every front end asks it
 * (the language server's code actions and source.fixAll, mentor fix, an Eclipse editor), with the
 * diagnostic and its file in a {@link FixContext}.
 *
 * A new fix goes into the theme of its rule (see docs/architecture.md, "Fixes"); a new theme is
 * added to the constructor here.
 */
@Singleton
public class FixTable {

	private final Map<String, IssueFix> byCode = new HashMap<>();

	@Inject
	FixTable(RequiredPartsFixes requiredParts, GoalFixes goals, TermDatesFixes termDates, RhythmFixes rhythm,
			TimeBudgetFixes timeBudget, CadenceFixes cadence, TimeZoneFixes timeZone,
			BoundariesAndEthicsFixes boundariesAndEthics, SignOffFixes signOff, PlainLanguageFixes plainLanguage,
			NameFixes names, SyntaxFixes syntax) {
		for (FixTheme theme : List.of(requiredParts, goals, termDates, rhythm, timeBudget, cadence, timeZone,
				boundariesAndEthics, signOff, plainLanguage, names, syntax)) {
			Map<String, IssueFix> fixes = new HashMap<>();
			theme.addTo(fixes);
			fixes.forEach((code, fix) -> {
				if (byCode.putIfAbsent(code, fix) != null) { // one home per fix: a second one would go unnoticed
					throw new IllegalStateException(code + " has a fix in two themes; " + theme.getClass().getSimpleName() + " is one");
				}
			});
		}
	}

	/** Whether an issue of this code may have a fix. */
	public boolean handles(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && diagnostic.getCode().isLeft()
				&& byCode.containsKey(diagnostic.getCode().getLeft());
	}

	/** The fixes of the context's diagnostic, in the order offered (the preferred one first); none without edits. */
	public List<FixOffer> offers(FixContext context) {
		if (!handles(context.diagnostic())) {
			return List.of();
		}
		return context.collect(byCode.get(context.diagnostic().getCode().getLeft())).stream()
				.filter(o -> !o.edits().isEmpty()).toList();
	}

	/** The fix mentor fix and source.fixAll apply: the first one that may be preferred. */
	public Optional<FixOffer> preferred(FixContext context) {
		return offers(context).stream().filter(FixOffer::mayBePreferred).findFirst();
	}
}
