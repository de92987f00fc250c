package org.mentorship.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;
import org.mentorship.dsl.parser.SourceText;

/**
 * The language's resource, with these differences from Xtext's:
 * <ul>
 * <li>A file loaded from disk is decoded by {@link SourceText}, as `mentor` decodes it, so a UTF-8 byte order mark
 * is not a syntax error and a file saved as UTF-16 or UTF-32 (with its byte order mark) is read as what it is.
 * The language is UTF-8 (docs/cli.md); Xtext's reader would use the configured encoding and keep the mark. Files
 * open in an editor come as text from the editor and do not pass here.</li>
 * <li>While all its references are resolved in one pass (what validation, the command line and the language
 * server's build do), names that resolve to nothing are remembered, so an unknown name written 1,800 times costs
 * one scope look-up, not 1,800 (see MentorLinkingService). The pass visits only the objects the linker made
 * lazy proxies for, not every object of the file.</li>
 * <li>An update in place by the partial parser can keep the links outside the section it read again
 * ({@link #updateKeepingLinks}, see SectionLinker).</li>
 * </ul>
 */
public class MentorResource extends LazyLinkingResource {

	private Map<List<Object>, List<EObject>> unresolved;
	private Set<EObject> beforeUpdate;
	private List<EObject> linkedSection;
	private boolean freshModel;

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		return new StringReader(SourceText.lenient(inputStream.readAllBytes()));
	}

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		boolean outermost = unresolved == null;
		if (outermost) {
			unresolved = new HashMap<>();
		}
		try {
			if (linkedSection != null) {
				resolveSection(linkedSection);
			} else if (getEncoder().isUseIndexFragment(this)) {
				resolveSection(objectsWithLazyProxies(), monitor);
			} else {
				super.resolveLazyCrossReferences(monitor);
			}
		} finally {
			if (outermost) {
				unresolved = null; // other files may change before the next pass: remember nothing between passes
			}
		}
	}

	/**
	 * Notes whether the model about to be linked is new from a whole parse (a load, a full reparse): then none of its
	 * objects holds a reference yet (the parser sets none; the linker does), so nothing needs clearing first.
	 */
	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		freshModel = oldParseResult == null || oldParseResult.getRootASTElement() != newParseResult.getRootASTElement();
		try {
			super.updateInternalState(oldParseResult, newParseResult);
		} finally {
			freshModel = false;
		}
	}

	/** Whether the model being linked was just made by a whole parse (see {@link #updateInternalState}). */
	public boolean linkingFreshModel() {
		return freshModel;
	}

	/** The names found unresolved in the pass under way, or null outside a pass. */
	public Map<List<Object>, List<EObject>> unresolvedInThisPass() {
		return unresolved;
	}

	/**
	 * Xtext's {@link #update}, after which only the section the partial parser read again is linked, when it
	 * declares the same names as before (SectionLinker); otherwise the whole file, as {@code update} does.
	 */
	public void updateKeepingLinks(int offset, int replacedLength, String text) {
		Set<EObject> before = Collections.newSetFromMap(new IdentityHashMap<>());
		getAllContents().forEachRemaining(before::add);
		beforeUpdate = before;
		try {
			update(offset, replacedLength, text);
		} finally {
			beforeUpdate = null;
		}
	}

	/** The model's objects before the in-place update under way, or null outside one (for the linker). */
	public Set<EObject> objectsBeforeUpdate() {
		return beforeUpdate;
	}

	/** Whether the last linking kept every link outside the updated section, so the names declared are as before. */
	public boolean linkedSectionOnly() {
		return linkedSection != null;
	}

	/**
	 * The objects the last linking made proxies for, when it linked a section only (SectionLinker), else null:
	 * every other reference is resolved already, so resolving the file's references is resolving theirs.
	 */
	public void linkedSection(List<EObject> objects) {
		linkedSection = objects;
	}

	/**
	 * The objects the linker made lazy proxies for, in the order of the file (the linker installs them walking it):
	 * the only ones a pass has anything to resolve in. Xtext's pass walks every object of the file instead, a
	 * twentieth of a 10,000-line file's pipeline when validation links a file already linked (docs/benchmarks.md).
	 * Every proxy the linker makes is recorded here (the encoder's index fragments), and the list is cleared
	 * whenever the file is linked again.
	 */
	private List<EObject> objectsWithLazyProxies() {
		List<EObject> objects = new ArrayList<>();
		EObject previous = null;
		for (Triple<EObject, EReference, INode> proxy : getLazyProxyInformation()) {
			// null: an entry removed by Xtext; an object's proxies are recorded one after the other
			if (proxy != null && proxy.getFirst() != previous) {
				previous = proxy.getFirst();
				objects.add(previous);
			}
		}
		return objects;
	}

	private void resolveSection(List<EObject> objects) {
		resolveSection(objects, CancelIndicator.NullImpl);
	}

	/** As Xtext's pass for each object: every cross-reference, in the order of the features. */
	private void resolveSection(List<EObject> objects, CancelIndicator monitor) {
		for (EObject object : objects) {
			operationCanceledManager.checkCanceled(monitor);
			EStructuralFeature[] references = ((EClassImpl.FeatureSubsetSupplier) object.eClass().getEAllStructuralFeatures())
					.crossReferences();
			if (references != null && object.eResource() == this) {
				for (EStructuralFeature reference : references) {
					resolveLazyCrossReference((InternalEObject) object, reference);
				}
			}
		}
	}
}
