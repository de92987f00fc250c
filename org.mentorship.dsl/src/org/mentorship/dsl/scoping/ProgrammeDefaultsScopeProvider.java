package org.mentorship.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorPackage;

/**
 * An agreement that names its programme ("programme women-in-tech-2027") sees the programme's
 * defaults and contacts by their short names ("boundaries like standard", "first office"), as if
 * the programme's namespace were imported.
 *
 * The programme's name is read from the text, not from the resolved reference: resolving it here
 * would make linking recurse into itself.
 */
public class ProgrammeDefaultsScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (!(context instanceof Agreement)) {
			return resolvers;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(context, MentorPackage.Literals.AGREEMENT__PROGRAMME);
		if (nodes.isEmpty()) {
			return resolvers;
		}
		String programme = NodeModelUtils.getTokenText(nodes.get(0));
		List<ImportNormalizer> withProgramme = new ArrayList<>(resolvers);
		withProgramme.add(doCreateImportNormalizer(getQualifiedNameConverter().toQualifiedName(programme), true,
				ignoreCase));
		return withProgramme;
	}
}
