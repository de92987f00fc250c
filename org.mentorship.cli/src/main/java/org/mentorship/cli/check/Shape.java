package org.mentorship.cli.check;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;

/**
 * The classes of a file's exported names and their places in the file (fragments such as
 * {@code //@document/@parties.0}), in the order of its names. Files of the same structure (the same sections in the
 * same order) have the same shape, so one copy serves them all: a folder of similar agreements keeps a handful.
 */
final class Shape {

	/** Shapes kept for sharing at most; a folder of files that are all unlike keeps one per file, unshared. */
	private static final int SHARED_AT_MOST = 4_096;
	private static final Map<Shape, Shape> SHARED = new ConcurrentHashMap<>();

	private final EClass[] types;
	private final String[] fragments;
	private final int hash;

	private Shape(EClass[] types, String[] fragments) {
		this.types = types;
		this.fragments = fragments;
		this.hash = 31 * Arrays.hashCode(types) + Arrays.hashCode(fragments);
	}

	/** The shared shape equal to the given one, when there is one or room for one. */
	static Shape of(List<EClass> types, List<String> fragments) {
		Shape shape = new Shape(types.toArray(EClass[]::new), fragments.toArray(String[]::new));
		Shape shared = SHARED.get(shape);
		if (shared != null) {
			return shared;
		}
		if (SHARED.size() >= SHARED_AT_MOST) {
			return shape;
		}
		Shape earlier = SHARED.putIfAbsent(shape, shape);
		return earlier != null ? earlier : shape;
	}

	int size() {
		return types.length;
	}

	EClass type(int index) {
		return types[index];
	}

	String fragment(int index) {
		return fragments[index];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Shape shape && hash == shape.hash && Arrays.equals(types, shape.types)
				&& Arrays.equals(fragments, shape.fragments);
	}

	@Override
	public int hashCode() {
		return hash;
	}
}
