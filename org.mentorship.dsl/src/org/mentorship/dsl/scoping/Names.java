package org.mentorship.dsl.scoping;

import java.util.Optional;

import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Names as the parser recovered them. After a syntax error a name may be null, empty or have empty
 * segments ("a..b", "a."); Xtext's converter throws on an empty one ("Qualified name cannot be empty").
 * Every conversion of text the user wrote into a qualified name goes through here.
 */
public final class Names {

	private Names() {
	}

	/** The qualified name, or empty when the text is no usable name. */
	public static Optional<QualifiedName> qualified(IQualifiedNameConverter converter, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		QualifiedName name;
		try {
			name = converter.toQualifiedName(text);
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		for (String segment : name.getSegments()) {
			if (segment == null || segment.isBlank()) {
				return Optional.empty();
			}
		}
		return Optional.of(name);
	}
}
