package org.mentorship.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** Loads a text as a file of the language at a given URI, as the front ends load a file (UTF-8), for tests. */
public final class TextResources {

	private TextResources() {
	}

	/** The loaded resource, as the language's resource class the caller expects (MentorResource or XtextResource). */
	@SuppressWarnings("unchecked")
	public static <R extends XtextResource> R load(XtextResourceSet set, URI uri, String text) throws IOException {
		R resource = (R) set.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}
}
