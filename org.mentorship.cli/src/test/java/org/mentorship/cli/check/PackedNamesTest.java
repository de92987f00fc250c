package org.mentorship.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.naming.QualifiedName;
import org.junit.jupiter.api.Test;

/** The exported names of a file, packed into one string, come back segment for segment. */
class PackedNamesTest {

	@Test
	void everyNameComesBackAsItWas() {
		List<QualifiedName> names = List.of(QualifiedName.create("sam-lee-2027"), QualifiedName.create("programme", "goal", "first-talk"),
				QualifiedName.create("Ünïcode", "名前", "😀"), QualifiedName.create(""), QualifiedName.create("x".repeat(254)),
				QualifiedName.create("y".repeat(255)), QualifiedName.create("z".repeat(70_000), "after"), QualifiedName.create("last"));
		String packed = PackedNames.pack(names);
		for (int index = 0; index < names.size(); index++) {
			assertEquals(names.get(index), PackedNames.name(packed, index), "name " + index);
			assertEquals(names.get(index).getSegments(), PackedNames.name(packed, index).getSegments(), "segments of name " + index);
		}
	}

	@Test
	void manySegments() {
		String[] segments = new String[300];
		for (int s = 0; s < segments.length; s++) {
			segments[s] = "s" + s;
		}
		List<QualifiedName> names = List.of(QualifiedName.create(segments), QualifiedName.create("b"));
		String packed = PackedNames.pack(names);
		assertEquals(names.get(0), PackedNames.name(packed, 0));
		assertEquals(names.get(1), PackedNames.name(packed, 1));
	}

	@Test
	void segmentsSharedWithTheNameBefore() {
		String id = "a54321";
		List<QualifiedName> names = List.of(QualifiedName.create(id), QualifiedName.create(id, "ada"),
				QualifiedName.create(id, "grace"), QualifiedName.create("other", id, "x"), QualifiedName.create("other", id),
				QualifiedName.create("o"), QualifiedName.create("o", "x".repeat(254)), QualifiedName.create("o", "x".repeat(254)),
				QualifiedName.create(id, "ada"));
		String packed = PackedNames.pack(names);
		for (int index = 0; index < names.size(); index++) {
			assertEquals(names.get(index).getSegments(), PackedNames.name(packed, index).getSegments(), "name " + index);
		}
		// the id once, then a marker in each of the two names after it
		assertEquals("\u0001\u0006" + id + "\u0002\u00fe\u0003ada\u0002\u00fe\u0005grace",
				PackedNames.pack(names.subList(0, 3)));
	}

	@Test
	void shortLatinNamesStayShort() {
		String packed = PackedNames.pack(List.of(QualifiedName.create("sam"), QualifiedName.create("lee")));
		assertEquals("\u0001\u0003sam\u0001\u0003lee", packed);
	}
}
