package org.mentorship.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mentorship.dsl.ide.contentassist.Skeletons;
import org.mentorship.dsl.mentor.Boundaries;
import org.mentorship.dsl.mentor.Ethics;
import org.mentorship.dsl.model.Agreements;
import org.mentorship.dsl.validation.IssueCodes;

/** Fixes of BoundariesAndEthicsValidator: the missing clause goes right after its section's first line. */
class BoundariesAndEthicsFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.NO_RESPONSE_TIME, this::addResponseTime);
		table.put(IssueCodes.NO_CONFIDENTIALITY,
				context -> addEthicsClause(context, "Add a confidentiality clause", Skeletons.CONFIDENTIALITY));
		table.put(IssueCodes.NO_CONSENT, context -> addEthicsClause(context, "Add a consent clause", Skeletons.CONSENT));
		table.put(IssueCodes.NO_CONFLICT_OF_INTEREST,
				context -> addEthicsClause(context, "Add conflicts of interest: none declared", Skeletons.CONFLICT_OF_INTEREST));
	}

	private void addResponseTime(FixContext context) {
		Optional<Boundaries> boundaries = context.at(Boundaries.class)
				.or(() -> context.agreement().flatMap(a -> Agreements.sections(a, Boundaries.class).stream().findFirst()));
		boundaries.ifPresent(b -> context.offer("Add a response time: reply within 2 working days",
				context.insertAfterHeader(b, Skeletons.RESPONSE_TIME)));
	}

	/** Into the first ethics section, or a new ethics section when there is none. */
	private void addEthicsClause(FixContext context, String label, String clause) {
		context.agreement().ifPresent(a -> {
			List<Ethics> sections = Agreements.sections(a, Ethics.class);
			context.offer(label, sections.isEmpty() ? context.appendSection("ethics\n" + FixContext.INDENT + clause)
					: context.insertAfterHeader(sections.get(0), clause));
		});
	}
}
