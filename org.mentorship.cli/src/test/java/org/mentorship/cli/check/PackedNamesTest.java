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
	void shortLatinNamesStayShort() {
		String packed = PackedNames.pack(List.of(QualifiedName.create("sam"), QualifiedName.create("lee")));
		assertEquals("\u0001\u0003sam\u0001\u0003lee", packed);
	}
}
