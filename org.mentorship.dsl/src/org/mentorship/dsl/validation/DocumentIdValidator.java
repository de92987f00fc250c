package org.mentorship.dsl.validation;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.Document;
import org.mentorship.dsl.mentor.MentorPackage;

import com.google.inject.Inject;

/**
 * An agreement's id names its summary and calendar (&lt;id&gt;.html, &lt;id&gt;.ics); a programme's id is what
 * agreements refer to. Two files with one id would overwrite each other's outputs or make a reference
 * ambiguous, and names are only checked within a file by Xtext. So each file whose id another file
 * also has gets an error naming the other: the two findings name both places. The other files come
 * the linker could see (all files of a `mentor validate` run; the same project in an editor).
 */
public class DocumentIdValidator extends ComposedValidator {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IContainer.Manager containers;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Check
	public void idInOneFileOnly(Document document) {
		Resource resource = document.eResource();
		QualifiedName name = names.getFullyQualifiedName(document);
		if (resource == null || resource.getURI() == null || name == null) {
			return;
		}
		List<URI> others = visibleFrom(resource).stream()
				.flatMap(container -> StreamSupport.stream(container.getExportedObjects(document.eClass(), name, false).spliterator(), false))
				.filter(d -> !inThisFile(d, resource)).map(d -> d.getEObjectURI().trimFragment())
				.collect(Collectors.toMap(URI::toString, uri -> uri, (a, b) -> a, TreeMap::new)).values().stream().toList();
		if (others.isEmpty()) {
			return;
		}
		String kind = document instanceof Agreement ? "agreement" : "programme";
		String where = String.join(", ", others.stream().map(other -> shown(other, resource.getURI())).toList());
		error("The " + kind + " id '" + document.getName() + "' is used in " + (others.size() == 1 ? "another file" : "other files")
				+ " too (" + where + "): give each " + kind + " its own id"
				+ (document instanceof Agreement ? ", as its summary and calendar are named after it." : ", so that agreements name the one they mean."),
				document, MentorPackage.Literals.DOCUMENT__NAME, IssueCodes.DUPLICATE_ID, document.getName());
	}

	/**
	 * The files this one can see, as the linker sees them: all files of a `mentor validate` run; in an editor, the
	 * files of its own project (workspace folder), so copies in two projects do not clash.
	 */
	private List<IContainer> visibleFrom(Resource resource) {
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
		IResourceDescription self = index.getResourceDescription(resource.getURI());
		if (self == null) {
			self = descriptions.getResourceDescription(resource);
		}
		return containers.getVisibleContainers(self, index);
	}

	/**
	 * The index may hold this file under another spelling of its URI (a resource-set-based index
	 * normalizes a relative URI to an absolute one), so the loaded object decides where it can.
	 */
	private static boolean inThisFile(IEObjectDescription description, Resource resource) {
		EObject object = description.getEObjectOrProxy();
		if (object != null && !object.eIsProxy()) {
			return object.eResource() == resource;
		}
		URI uri = description.getEObjectURI().trimFragment();
		URIConverter converter = resource.getResourceSet() == null ? null : resource.getResourceSet().getURIConverter();
		return uri.equals(resource.getURI()) || converter != null && uri.equals(converter.normalize(resource.getURI()));
	}

	/** The other file as seen from this file's folder ("b.mentor", "../2026/b.mentor"). */
	private static String shown(URI other, URI self) {
		if (other.isFile() && self.isFile() && !other.isRelative() && !self.isRelative()) {
			Path folder = Paths.get(self.toFileString()).toAbsolutePath().getParent();
			return folder.relativize(Paths.get(other.toFileString()).toAbsolutePath()).toString();
		}
		return other.toString();
	}
}
