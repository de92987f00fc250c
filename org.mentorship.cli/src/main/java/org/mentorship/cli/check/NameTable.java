package org.mentorship.cli.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The exported names of a run ({@link BatchChecker}), by the files' positions in the run: filled by all threads of
 * step 1 while others look names up (a look-up sees the files indexed so far), then, complete, the index of step 2
 * ({@link TableIndex}). Answers list the files in their order in the run, as Xtext's ResourceDescriptionsData
 * does, so the two steps and a check in one resource set find the same names in the same order.
 *
 * Built to stay small for 100,000 files: the names themselves live in each file's {@link ExportedNames}; the
 * table holds per name two ints (its file, the next entry of its bucket of hashes) and per file about ten (the
 * hash of its URI, its slots by URI and by name), in arrays rather than a map entry and a boxed number per name
 * (the maps this replaced held about 1.2 KB per file). A look-up is answered by what the table finds (see
 * {@link #find}) as packed numbers, which is also how {@link RecordingIndex} keeps an answer to compare later.
 * The arrays are guarded by this object's lock: each file is added once, and a file asks a few questions.
 */
final class NameTable {

	private final ExportedNames[] files;
	private final int[] uriHashes;
	private int indexed;
	private final int[] slotsByUri;
	/** Per bucket of lower-case hashes its last entry, plus one (0: none); about four buckets per file. */
	private final int[] heads;
	/**
	 * Per exported name the position of its file and the next entry of its bucket (plus one), in pages of
	 * {@link #PAGE} entries: an array grown by copying left each old copy in the old generation, where no full
	 * collection removes it (about 25 MB at 100,000 files, docs/benchmarks-history.md).
	 */
	private int[][] entryFile = new int[1][];
	private int[][] entryNext = new int[1][];
	private int entries;
	private static final int PAGE_BITS = 12;
	private static final int PAGE = 1 << PAGE_BITS;

	NameTable(int files) {
		this.files = new ExportedNames[files];
		this.uriHashes = new int[files];
		int buckets = Integer.highestOneBit(Math.max(4, files) * 4 - 1);
		this.slotsByUri = new int[buckets];
		this.heads = new int[buckets];
	}

	/** The names of the file at the given position in the run; each position is added once. */
	void add(int position, ExportedNames names) {
		int[] hashes = new int[names.size()];
		for (int index = 0; index < hashes.length; index++) {
			hashes[index] = names.name(index).toLowerCase().hashCode();
		}
		int uriHash = names.getURI().hashCode();
		synchronized (this) {
			for (int hash : hashes) {
				addEntry(position, hash);
			}
			files[position] = names;
			uriHashes[position] = uriHash;
			int mask = slotsByUri.length - 1;
			int slot = uriHash & mask;
			while (slotsByUri[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slotsByUri[slot] = position + 1;
			indexed++;
		}
	}

	private void addEntry(int position, int hash) {
		int page = entries >>> PAGE_BITS;
		if (page == entryFile.length) {
			entryFile = Arrays.copyOf(entryFile, page * 2);
			entryNext = Arrays.copyOf(entryNext, page * 2);
		}
		if (entryFile[page] == null) {
			entryFile[page] = new int[PAGE];
			entryNext[page] = new int[PAGE];
		}
		int bucket = hash & (heads.length - 1);
		entryFile[page][entries & (PAGE - 1)] = position;
		entryNext[page][entries & (PAGE - 1)] = heads[bucket];
		heads[bucket] = ++entries;
	}

	/** The file with the given URI, when indexed. */
	ExportedNames description(URI uri) {
		int hash = uri.hashCode();
		List<ExportedNames> candidates = new ArrayList<>(1);
		synchronized (this) {
			int mask = slotsByUri.length - 1;
			for (int slot = hash & mask; slotsByUri[slot] != 0; slot = (slot + 1) & mask) {
				int position = slotsByUri[slot] - 1;
				if (uriHashes[position] == hash) {
					candidates.add(files[position]);
				}
			}
		}
		for (ExportedNames candidate : candidates) {
			if (candidate.getURI().equals(uri)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * What a look-up by name finds, as (position in the run << 32 | index of the name in its file): the files with a
	 * name equal to it in lower case, in their order, and in each what its own description answers (the same as
	 * ResourceDescriptionsData.getExportedObjects).
	 */
	long[] find(EClass type, QualifiedName name, boolean ignoreCase) {
		QualifiedName lowerCase = name.toLowerCase();
		int[] positions = new int[4];
		int count = 0;
		ExportedNames[] owners;
		synchronized (this) {
			for (int e = heads[lowerCase.hashCode() & (heads.length - 1)] - 1; e >= 0;
					e = entryNext[e >>> PAGE_BITS][e & (PAGE - 1)] - 1) {
				if (count == positions.length) {
					positions = Arrays.copyOf(positions, count * 2);
				}
				positions[count++] = entryFile[e >>> PAGE_BITS][e & (PAGE - 1)];
			}
			owners = new ExportedNames[count];
			for (int c = 0; c < count; c++) {
				owners[c] = files[positions[c]];
			}
		}
		// the bucket's files in their order, each once (a file may export the name twice, or other names here)
		long[] candidates = new long[count];
		for (int c = 0; c < count; c++) {
			candidates[c] = (long) positions[c] << 32 | c;
		}
		Arrays.sort(candidates);
		long[] found = new long[0];
		for (int c = 0, previous = -1; c < count; c++) {
			int position = (int) (candidates[c] >>> 32);
			ExportedNames owner = owners[(int) candidates[c]];
			if (position == previous || !exports(owner, lowerCase)) {
				continue;
			}
			previous = position;
			for (int index : owner.matches(type, name, ignoreCase)) {
				found = Arrays.copyOf(found, found.length + 1);
				found[found.length - 1] = (long) position << 32 | index;
			}
		}
		return found;
	}

	/** Whether the file has a name equal to the given one in lower case (Xtext's index finds it under that key). */
	private static boolean exports(ExportedNames file, QualifiedName lowerCase) {
		for (int index = 0; index < file.size(); index++) {
			if (file.name(index).toLowerCase().equals(lowerCase)) {
				return true;
			}
		}
		return false;
	}

	/** The descriptions of what {@link #find} found. */
	List<IEObjectDescription> described(long[] found) {
		List<IEObjectDescription> described = new ArrayList<>(found.length);
		ExportedNames[] owners = new ExportedNames[found.length];
		synchronized (this) {
			for (int f = 0; f < found.length; f++) {
				owners[f] = files[(int) (found[f] >>> 32)];
			}
		}
		for (int f = 0; f < found.length; f++) {
			described.add(owners[f].described((int) found[f]));
		}
		return described;
	}

	/** The name of what {@link #find} found (one of its numbers). */
	QualifiedName name(long found) {
		ExportedNames owner;
		synchronized (this) {
			owner = files[(int) (found >>> 32)];
		}
		return owner.name((int) found);
	}

	/** How many files are indexed. */
	synchronized int size() {
		return indexed;
	}

	/** Whether the file at the given position is indexed. */
	synchronized boolean has(int position) {
		return files[position] != null;
	}

	/** The files indexed so far, in their order in the run. */
	synchronized List<IResourceDescription> files() {
		List<IResourceDescription> all = new ArrayList<>(indexed);
		for (ExportedNames file : files) {
			if (file != null) {
				all.add(file);
			}
		}
		return all;
	}
}
