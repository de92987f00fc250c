package org.mentorship.cli.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The index one resource set of step 1 sees ({@link BatchChecker}): it answers from the names indexed so far
 * ({@link NameTable}) and writes down every question with its answer. Linking and validation reach other files
 * only through this index, so a file checked here gets the findings of a check against the complete index unless
 * one of the answers it was given (or the answers an earlier file of the same set was given: their scopes are
 * cached in shared models) is different from the complete index's. Questions about all names (as "Did you mean"
 * asks) have no final answer before the end: they always count as different.
 *
 * One per resource set, used by the thread that checks it. Once its batch is checked, {@link #done} keeps the
 * questions in an array until step 2 asks them again: about one per file, kept for every file of the run.
 */
final class RecordingIndex extends TableIndex {

	/** One question and its answer. */
	private sealed interface Lookup {
		boolean sameIn(NameTable complete);

		/** Whether no file indexed later can change the answer (then it need not be kept). */
		default boolean isFinal() {
			return false;
		}
	}

	/**
	 * Objects by name and type: the answer as NameTable.find packs it (files and names). The name is packed as
	 * ExportedNames packs names, or null when it is that of the first object found (a file asking for its own id,
	 * the most common question): a QualifiedName with its array and strings would be most of a question's bytes.
	 */
	private record Named(EClass type, String name, boolean ignoreCase, long[] found) implements Lookup {
		@Override
		public boolean sameIn(NameTable complete) {
			QualifiedName asked = name != null ? PackedNames.name(name, 0) : complete.name(found[0]);
			return Arrays.equals(found, complete.find(type, asked, ignoreCase));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Named named && type == named.type && ignoreCase == named.ignoreCase
					&& Objects.equals(name, named.name) && Arrays.equals(found, named.found);
		}

		@Override
		public int hashCode() {
			return (type.hashCode() * 31 + Objects.hashCode(name)) * 31 + Arrays.hashCode(found) + (ignoreCase ? 1 : 0);
		}
	}

	/** A file by its URI: the answer is its description (one object per file in a run) or none. */
	private record File(URI uri, IResourceDescription found) implements Lookup {
		@Override
		public boolean sameIn(NameTable complete) {
			return complete.description(uri) == found;
		}

		/** Each file is indexed once: a file found now is found with the same names at the end. */
		@Override
		public boolean isFinal() {
			return found != null;
		}
	}

	/**
	 * How many files there are. Xtext's containers ask it only to know whether there is a file besides the one
	 * being checked (the count is 0, 1 or more), and the file being checked is always indexed already: the
	 * answer holds when the complete index has two files or more too.
	 */
	private record Size(int found) implements Lookup {
		@Override
		public boolean sameIn(NameTable complete) {
			return Math.min(found, 2) == Math.min(complete.size(), 2);
		}

		@Override
		public boolean isFinal() {
			return found >= 2;
		}
	}

	/** All names, all files, or names by type only. */
	private record Wide() implements Lookup {
		@Override
		public boolean sameIn(NameTable complete) {
			return false;
		}
	}

	/** The questions whose answers may change, each once, in the order first asked (about one per file). */
	private Set<Lookup> log = new LinkedHashSet<>();
	/** The questions once the batch is checked; null where a question is the common kind, kept in the two below. */
	private Lookup[] kept;
	/**
	 * The common question, a name that one object has and whose name was not kept (as a file asks for its own id):
	 * its answer (NameTable.find's number), and its type and case as an index in {@link #kinds}. 13 bytes a question
	 * against about 60 as a {@link Named} with its array: the questions are kept for every file of the run.
	 */
	private long[] onlyFound;
	private byte[] kindOf;
	private Kind[] kinds;

	private record Kind(EClass type, boolean ignoreCase) {
	}

	RecordingIndex(NameTable table) {
		super(table);
	}

	/** How many questions were asked so far: a file checked now depends on the answers up to here. */
	int asked() {
		return log.size();
	}

	/** The batch is checked: its questions are kept in as little memory as they fit. */
	void done() {
		kept = log.toArray(Lookup[]::new);
		log = null;
		onlyFound = new long[kept.length];
		kindOf = new byte[kept.length];
		List<Kind> distinct = new ArrayList<>();
		for (int q = 0; q < kept.length; q++) {
			if (kept[q] instanceof Named named && named.name == null && named.found.length == 1) {
				Kind kind = new Kind(named.type, named.ignoreCase);
				int index = distinct.indexOf(kind);
				if (index < 0 && distinct.size() <= Byte.MAX_VALUE) {
					index = distinct.size();
					distinct.add(kind);
				}
				if (index >= 0) { // else kept as it is: a batch of more than 128 kinds of question
					onlyFound[q] = named.found[0];
					kindOf[q] = (byte) index;
					kept[q] = null;
				}
			}
		}
		kinds = distinct.toArray(Kind[]::new);
	}

	/** The question at the given place of {@link #kept}. */
	private Lookup kept(int q) {
		if (kept[q] != null) {
			return kept[q];
		}
		Kind kind = kinds[kindOf[q]];
		return new Named(kind.type, null, kind.ignoreCase, new long[] { onlyFound[q] });
	}

	/** The number of questions whose answers are the complete index's too, counted from the first one. */
	int sameIn(NameTable complete) {
		int same = 0;
		List<Lookup> all = kept != null ? null : List.copyOf(log);
		for (int q = 0; q < (kept != null ? kept.length : all.size()); q++) {
			Lookup lookup = kept != null ? kept(q) : all.get(q);
			if (!lookup.sameIn(complete)) {
				break;
			}
			same++;
		}
		return same;
	}

	private void asked(Lookup lookup) {
		if (!lookup.isFinal()) {
			log.add(lookup);
		}
	}

	@Override
	protected void askedName(EClass type, QualifiedName name, boolean ignoreCase, long[] found) {
		boolean nameOfFirst = found.length > 0 && table.name(found[0]).equals(name);
		asked(new Named(type, nameOfFirst ? null : PackedNames.pack(List.of(name)), ignoreCase, found));
	}

	@Override
	protected void askedFile(URI uri, IResourceDescription found) {
		asked(new File(uri, found));
	}

	@Override
	protected void askedSize(int found) {
		asked(new Size(found));
	}

	@Override
	protected void askedAll() {
		asked(new Wide());
	}
}
