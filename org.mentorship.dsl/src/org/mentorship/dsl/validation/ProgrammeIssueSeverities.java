package org.mentorship.dsl.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Programme;
import org.mentorship.dsl.mentor.SeverityOverride;

import com.google.inject.Singleton;

/**
 * The severities of a file's rules: its programme's "severity <code> is <level>" lines (a programme
 * file's own, or those of the programme an agreement names) over the defaults of
 * {@link MentorIssueCodes}. Xtext's validators ask for them per file, so a programme's choice holds in
 * every front end (CLI, language server, editor); "ignore" drops the rule's findings, and a check may
 * skip its work with {@code isIgnored(code)}.
 */
@Singleton
public class ProgrammeIssueSeverities extends IssueSeveritiesProvider {

	@Override
	protected IPreferenceValuesProvider getValuesProvider() {
		return resource -> {
			Map<String, String> overrides = overrides(resource);
			return key -> overrides.getOrDefault(key.getId(), key.getDefaultValue());
		};
	}

	/** Code to level ("error", "warning", "info", "ignore", which are SeverityConverter's words). */
	private static Map<String, String> overrides(Resource resource) {
		Map<String, String> overrides = new HashMap<>();
		programmeOf(resource).ifPresent(p -> p.getDefaults().stream().filter(SeverityOverride.class::isInstance)
				.map(SeverityOverride.class::cast)
				.filter(o -> o.getCode() != null && o.getLevel() != null && !IssueCodes.isFixedSeverity(o.getCode()))
				.forEach(o -> overrides.put(o.getCode(), o.getLevel().getLiteral())));
		return overrides;
	}

	private static Optional<Programme> programmeOf(Resource resource) {
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MentorFile)) {
			return Optional.empty();
		}
		Object document = ((MentorFile) resource.getContents().get(0)).getDocument();
		if (document instanceof Programme programme) {
			return Optional.of(programme);
		}
		if (document instanceof Agreement agreement) {
			Programme programme = agreement.getProgramme();
			return programme == null || programme.eIsProxy() ? Optional.empty() : Optional.of(programme);
		}
		return Optional.empty();
	}
}
