package org.mentorship.lsp.jface.presentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.DocumentHighlightKind;

/**
 * The occurrence annotations one viewer shows, and the one change of its annotation model that makes them what the
 * server answered. Only what changed is touched: an occurrence that is still there keeps its annotation. They are
 * painted by {@link OccurrencePainter}, not as Eclipse's text-style highlights (see docs/eclipse.md, "What runs on the
 * UI thread").
 */
public final class OccurrenceAnnotations {

	/** Annotation types (plugin.xml): where a name is written (declared), read (referenced), or only mentioned. */
	public static final String WRITE = "org.mentorship.lsp.jface.occurrences.write";
	public static final String READ = "org.mentorship.lsp.jface.occurrences.read";
	public static final String TEXT = "org.mentorship.lsp.jface.occurrences.text";

	/** One highlighted range, in document offsets. */
	public record Occurrence(int offset, int length, String type, String label) {
	}

	private final Set<Annotation> shown = new HashSet<>();

	public static String type(DocumentHighlightKind kind) {
		if (kind == DocumentHighlightKind.Write) {
			return WRITE;
		}
		return kind == DocumentHighlightKind.Read ? READ : TEXT;
	}

	/** The annotations shown now (a view: it changes with {@link #show}). */
	public Set<Annotation> annotations() {
		return java.util.Collections.unmodifiableSet(shown);
	}

	public boolean isEmpty() {
		return shown.isEmpty();
	}

	/**
	 * Makes the model show exactly {@code wanted}: one {@code replaceAnnotations} with the annotations no longer wanted
	 * and the new ones; nothing at all when nothing changed (an empty change still repaints). An annotation is kept
	 * when its current position (moved by the edits since) and type are wanted again. Returns whether anything changed.
	 */
	public boolean show(IAnnotationModel model, List<Occurrence> wanted) {
		if (model == null) {
			boolean had = !shown.isEmpty();
			shown.clear();
			return had;
		}
		Map<String, Occurrence> missing = new LinkedHashMap<>();
		wanted.forEach(o -> missing.put(key(o.offset(), o.length(), o.type()), o));
		List<Annotation> removed = new ArrayList<>();
		for (Annotation annotation : shown) {
			Position now = model.getPosition(annotation);
			boolean stays = now != null && !now.isDeleted()
					&& missing.remove(key(now.getOffset(), now.getLength(), annotation.getType())) != null;
			if (!stays) {
				removed.add(annotation);
			}
		}
		if (removed.isEmpty() && missing.isEmpty()) {
			return false;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Occurrence occurrence : missing.values()) {
			added.put(new Annotation(occurrence.type(), false, occurrence.label()),
					new Position(occurrence.offset(), occurrence.length()));
		}
		synchronized (lock(model)) {
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
			} else {
				removed.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
		}
		removed.forEach(shown::remove);
		shown.addAll(added.keySet());
		return true;
	}

	private static String key(int offset, int length, String type) {
		return offset + ":" + length + ":" + type;
	}

	private static Object lock(IAnnotationModel model) {
		Object lock = model instanceof ISynchronizable synchronizable ? synchronizable.getLockObject() : null;
		return lock == null ? model : lock;
	}
}
