package org.mentorship.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.nodemodel.INode;
import org.mentorship.dsl.MentorResource;

/**
 * Xtext's linking, with one scope look-up per unresolved name and place during a linking pass
 * (MentorResource): looking up a name that exists nowhere searches every scope and every file of the
 * workspace, and a file with 1,800 references to an unknown party took seconds to validate (issue 16).
 *
 * Two references look up the same things when they have the same reference, the same name and the same
 * named containers (the ImportedNamespaceAwareLocalScopeProvider builds a scope from exactly those, plus
 * the agreement's programme, which is the same within a file); the context itself counts when it has a
 * name. Only empty results are remembered: a found name is found quickly anyway.
 */
public class MentorLinkingService extends DefaultLinkingService {

	private static final AtomicLong LOOK_UPS = new AtomicLong();

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) throws IllegalNodeException {
		Map<List<Object>, List<EObject>> unresolved = context.eResource() instanceof MentorResource r
				? r.unresolvedInThisPass()
				: null;
		if (unresolved == null) {
			return lookUp(context, ref, node);
		}
		List<Object> key = key(context, ref, getCrossRefNodeAsString(node));
		List<EObject> known = unresolved.get(key);
		if (known != null) {
			return known;
		}
		List<EObject> found = lookUp(context, ref, node);
		if (found.isEmpty()) {
			unresolved.put(key, List.of());
		}
		return found;
	}

	private List<EObject> lookUp(EObject context, EReference ref, INode node) {
		LOOK_UPS.incrementAndGet();
		return super.getLinkedObjects(context, ref, node);
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
