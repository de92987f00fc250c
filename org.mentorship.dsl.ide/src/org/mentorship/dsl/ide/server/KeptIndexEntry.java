package org.mentorship.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The index entry of an open document after a keystroke that declared no name (SectionLinker in
 * org.mentorship.dsl): the exported names are those of the entry before, as they cannot have changed, so they
 * are neither computed again nor copied (a quarter of a keystroke's work at 10,000 lines); the names the file
 * looked up are copied, as they decide which files a change elsewhere affects. The references to other files
 * are needed only by find references and rename, so they are copied from the document's model when first asked:
 * the entry is replaced at the next change of the document, before its model changes.
 */
final class KeptIndexEntry implements IResourceDescription {

	private final IResourceDescription exported;
	private final List<QualifiedName> imported;
	private IResourceDescription live;
	private List<IReferenceDescription> references;

	/**
	 * {@code before}: the document's entry before the keystroke; {@code live}: the description of its model, or
	 * null while indexing, when only the exported names count (Xtext's change takes two distinct entries).
	 */
	KeptIndexEntry(IResourceDescription before, IResourceDescription live) {
		this.exported = before instanceof KeptIndexEntry kept ? kept.exported : before;
		this.live = live == null ? before : live;
		this.imported = List.copyOf(toList(this.live.getImportedNames()));
	}

	@Override
	public synchronized Iterable<IReferenceDescription> getReferenceDescriptions() {
		if (references == null) {
			references = List.copyOf(toList(live.getReferenceDescriptions()));
			live = null; // the model is not held any longer than needed
		}
		return references;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return imported;
	}

	@Override
	public URI getURI() {
		return exported.getURI();
	}

	@Override
	public boolean isEmpty() {
		return exported.isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return exported.getExportedObjects();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		return exported.getExportedObjects(type, name, ignoreCase);
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		return exported.getExportedObjectsByType(type);
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		return exported.getExportedObjectsByObject(object);
	}

	private static <T> List<T> toList(Iterable<T> items) {
		List<T> list = new java.util.ArrayList<>();
		items.forEach(list::add);
		return list;
	}
}
