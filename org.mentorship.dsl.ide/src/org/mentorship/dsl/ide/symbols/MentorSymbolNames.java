package org.mentorship.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.mentorship.dsl.ide.sections.SectionCatalogue;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.mentor.Party;
import org.mentorship.dsl.mentor.SeverityOverride;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Names of the outline (document symbols): the agreement, the programme, every section and default,
 * and the milestones of a goal. A named thing shows its name; an unnamed section shows its keyword
 * (from {@link SectionCatalogue}), with its date where it has one ("check-in 2027-04-13", "decided on
 * 2027-02-02"). Anything else (clauses, durations, ...) gets no name and so no symbol.
 */
@Singleton
public class MentorSymbolNames extends DocumentSymbolNameProvider {

	@Inject
	private SectionCatalogue sections;

	@Override
	public String getName(EObject object) {
		if (object == null) {
			return null;
		}
		return sections.of(object.eClass()).map(section -> {
			String name = text(object, "name");
			if (name != null && !name.isEmpty()) {
				return name;
			}
			return unnamed(object, section.keyword());
		}).orElse(null);
	}

	/** What shows for a thing without a name: a party's role, a milestone's title, else keyword and date. */
	private static String unnamed(EObject object, String keyword) {
		if (object instanceof Party p) {
			return p.getRole().getLiteral();
		}
		if (object instanceof Milestone m && m.getTitle() != null && !m.getTitle().isEmpty()) {
			return m.getTitle();
		}
		if (object instanceof SeverityOverride s) {
			return s.getCode() == null ? keyword : keyword + " " + s.getCode();
		}
		String date = text(object, "date");
		return date == null ? keyword : keyword + " " + date;
	}

	private static String text(EObject object, String feature) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		return f == null ? null : (String) object.eGet(f);
	}
}
