package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * An index of every file of the workspace in which only some files were parsed, that notes what it is asked: the first
 * segment of every name looked up (in lower case), and whether anything was asked of a file not parsed (what it
 * exports, what it refers to: asked by whoever lists every name of a type, say). Every file is in it, so what does not
 * depend on a file's content (which files there are, whether there are others: Xtext asks that before it looks up a
 * name in the other files) is answered as the whole index answers. {@link OpenedEarly} checks the opened file against
 * it and trusts the result only if every name looked up was answered by parsed files.
 */
final class AskedNames extends ResourceDescriptionsData {

	/** Set once a file not parsed was asked about; armed only once the index is built (which lists every file's names). */
	private static final class Alarm {
		volatile boolean armed;
		volatile boolean rung;

		void ring() {
			if (armed) {
				rung = true;
			}
		}
	}

	private final Set<String> firstSegments = ConcurrentHashMap.newKeySet();

	private final Alarm alarm;

	private AskedNames(Iterable<IResourceDescription> descriptions, Alarm alarm) {
		super(descriptions);
		this.alarm = alarm;
	}

	/** The index of the parsed files' descriptions and, for every other file, one that knows only its URI. */
	static AskedNames of(List<IResourceDescription> parsed, Collection<URI> notParsed) {
		Alarm alarm = new Alarm();
		List<IResourceDescription> all = new ArrayList<>(parsed);
		notParsed.forEach(uri -> all.add(new NotParsed(uri, alarm)));
		AskedNames index = new AskedNames(all, alarm);
		alarm.armed = true;
		return index;
	}

	/** The first segments of the names looked up, in lower case. */
	Set<String> firstSegments() {
		return firstSegments;
	}

	/** Whether a file not parsed was asked what it holds. */
	boolean askedForMore() {
		return alarm.rung;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		if (name == null || name.isEmpty()) {
			alarm.ring();
		} else {
			firstSegments.add(name.getFirstSegment().toLowerCase(Locale.ROOT));
		}
		return super.getExportedObjects(type, name, ignoreCase);
	}

	@Override
	public ResourceDescriptionsData copy() {
		alarm.ring(); // a copy would answer without noting
		return super.copy();
	}

	/** A file not parsed: its URI, and an alarm for any question about what it holds. */
	private record NotParsed(URI uri, Alarm alarm) implements IResourceDescription {

		@Override
		public URI getURI() {
			return uri;
		}

		@Override
		public boolean isEmpty() {
			alarm.ring();
			return true;
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects() {
			alarm.ring();
			return List.of();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
			alarm.ring();
			return List.of();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
			alarm.ring();
			return List.of();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
			alarm.ring();
			return List.of();
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			alarm.ring();
			return List.of();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			alarm.ring();
			return List.of();
		}
	}
}
