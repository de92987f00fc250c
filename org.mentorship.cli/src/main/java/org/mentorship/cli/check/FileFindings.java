package org.mentorship.cli.check;

import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of a run by file, in the order of its files, as a read-only map over the run's arrays: a map entry
 * and a Path per file would be made for the report of 100,000 files, most of which have no findings. The reports
 * walk {@link #values}, which makes no Path; an entry makes its file's Path when it is reached.
 */
final class FileFindings extends AbstractMap<Path, List<Finding>> {

	private final List<Path> files;
	private final List<Finding>[] findings;

	/** @param findings per file of {@code files}, at the same position (the array is not copied) */
	FileFindings(List<Path> files, List<Finding>[] findings) {
		if (files.size() != findings.length) {
			throw new IllegalArgumentException(files.size() + " files, " + findings.length + " lists of findings");
		}
		this.files = files;
		this.findings = findings;
	}

	@Override
	public int size() {
		return findings.length;
	}

	@Override
	public Collection<List<Finding>> values() {
		return new AbstractCollection<>() {
			@Override
			public Iterator<List<Finding>> iterator() {
				return Arrays.asList(findings).iterator();
			}

			@Override
			public int size() {
				return findings.length;
			}
		};
	}

	@Override
	public Set<Map.Entry<Path, List<Finding>>> entrySet() {
		return new AbstractSet<>() {
			@Override
			public Iterator<Map.Entry<Path, List<Finding>>> iterator() {
				return new Iterator<>() {
					private int next;

					@Override
					public boolean hasNext() {
						return next < findings.length;
					}

					@Override
					public Map.Entry<Path, List<Finding>> next() {
						if (!hasNext()) {
							throw new java.util.NoSuchElementException();
						}
						int position = next++;
						return new AbstractMap.SimpleImmutableEntry<>(files.get(position), findings[position]);
					}
				};
			}

			@Override
			public int size() {
				return findings.length;
			}
		};
	}
}
