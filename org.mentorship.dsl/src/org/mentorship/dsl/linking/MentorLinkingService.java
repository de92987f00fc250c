package org.mentorship.dsl.linking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.MentorResource;

import com.google.inject.Inject;

/**
 * Xtext's linking, with one scope look-up per unresolved name and place during a linking pass
 * (MentorResource): looking up a name that exists nowhere searches every scope and every file of the
 * workspace, and a file with 1,800 references to an unknown party took seconds to validate (issue 16).
 *
 * Two references look up the same things when they have the same reference, the same name and the same
 * named containers (the ImportedNamespaceAwareLocalScopeProvider builds a scope from exactly those, plus
 * the agreement's programme, which is the same within a file); the context itself counts when it has a
 * name. Only empty results are remembered: a found name is found quickly anyway.
 *
 * The reference's name is read once for the key and the look-up (Xtext's look-up read it a second time), and cut
 * from the file's text when it is written plainly (PlainReferenceNames).
 */
public class MentorLinkingService extends DefaultLinkingService {

	private static final AtomicLong LOOK_UPS = new AtomicLong();

	@Inject
	private PlainReferenceNames plainNames;

	@Inject
	private IQualifiedNameConverter qualifiedNames;

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
		Resource resource = context.eResource();
		Map<List<Object>, List<EObject>> unresolved = resource instanceof MentorResource r ? r.unresolvedInThisPass() : null;
		// the name read once, for the memory's key and the look-up alike
		String name = name(resource, node);
		if (unresolved == null) {
			return lookUp(context, ref, name);
		}
		List<Object> key = key(context, ref, name);
		List<EObject> known = unresolved.get(key);
		if (known != null) {
			return known;
		}
		List<EObject> found = lookUp(context, ref, name);
		if (found.isEmpty()) {
			unresolved.put(key, List.of());
		}
		return found;
	}

	/** Xtext's reading of the reference's name; when it is written plainly, cut from the file's text (PlainReferenceNames). */
	private String name(Resource resource, INode node) throws IllegalNodeException {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			String plain = plainNames.of(node, xtext.getParseResult().getRootNode().getText());
			if (plain != null) {
				return plain;
			}
		}
		return super.getCrossRefNodeAsString(node);
	}

	/** DefaultLinkingService.getLinkedObjects, given the name it would read. */
	private List<EObject> lookUp(EObject context, EReference ref, String name) {
		LOOK_UPS.incrementAndGet();
		if (ref.getEReferenceType() == null || name == null || name.isEmpty()) {
			return Collections.emptyList();
		}
		IEObjectDescription found = getScope(context, ref).getSingleElement(qualifiedNames.toQualifiedName(name));
		return found == null ? Collections.emptyList() : Collections.singletonList(found.getEObjectOrProxy());
	}

	/** How many scope look-ups linking made in this JVM (for tests and benchmarks). */
	public static long lookUps() {
		return LOOK_UPS.get();
	}

	private static List<Object> key(EObject context, EReference ref, String name) {
		List<Object> key = new ArrayList<>();
		key.add(ref);
		key.add(name);
		for (EObject scope = context; scope != null; scope = scope.eContainer()) {
			if (named(scope)) {
				key.add(scope);
			}
		}
		return key;
	}

	private static boolean named(EObject object) {
		var feature = object.eClass().getEStructuralFeature("name");
		return feature != null && object.eGet(feature) != null;
	}
}
