package org.mentorship.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorPackage;

import com.google.inject.Inject;

/**
 * An agreement that names its programme ("programme women-in-tech-2027") sees the programme's
 * defaults and contacts by their short names ("boundaries like standard", "first office"), as if
 * the programme's namespace were imported.
 *
 * The programme's name is read from the text, not from the resolved reference: resolving it here
 * would make linking recurse into itself. That text is whatever the parser recovered, so it may be
 * empty ("programme" at the end of a line) or malformed: then nothing is imported, and the parser's
 * syntax error is what the user sees.
 */
public class ProgrammeDefaultsScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IValueConverterService converters;

	/**
	 * Only an agreement imports (its programme): the grammar has no importedNamespace, so Xtext's look-up of
	 * imports in every other container found none, and made and cached an empty list for each (once per goal
	 * and reference: a tenth of linking a large file).
	 */
	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		return context instanceof Agreement ? super.getImportedNamespaceResolvers(context, ignoreCase) : List.of();
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (!(context instanceof Agreement)) {
			return resolvers;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(context, MentorPackage.Literals.AGREEMENT__PROGRAMME);
		Optional<QualifiedName> programme = nodes.isEmpty() ? Optional.empty() : programmeName(nodes.get(0));
		if (programme.isEmpty()) {
			return resolvers;
		}
		List<ImportNormalizer> withProgramme = new ArrayList<>(resolvers);
		withProgramme.add(doCreateImportNormalizer(programme.get(), true, ignoreCase));
		return withProgramme;
	}

	/** The programme's name as written (escapes removed), or empty if the parser recovered no usable name. */
	private Optional<QualifiedName> programmeName(INode node) {
		String text = NodeModelUtils.getTokenText(node);
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			Object value = converters.toValue(text, "QualifiedName", node);
			return Names.qualified(getQualifiedNameConverter(), value == null ? null : value.toString());
		} catch (ValueConverterException e) {
			return Optional.empty();
		}
	}
}
