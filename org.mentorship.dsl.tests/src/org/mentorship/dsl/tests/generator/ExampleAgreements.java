package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every file under examples/ loaded into one resource set (as the CLI and ExamplesTest do), so that
 * the agreement of the programme finds its programme file.
 */
public class ExampleAgreements {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static Path folder() {
		return Paths.get(System.getProperty("mentor.examples", "../examples"));
	}

	/** The agreements by file name without extension ("complete", "minimal", ...), in file name order. */
	public Map<String, Agreement> load() {
		XtextResourceSet set = resourceSets.get();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder())) {
			files = walk.filter(p -> p.toString().endsWith(".mentor")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertTrue(files.size() >= 5, "expected the examples, found " + files);
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		EcoreUtil.resolveAll(set);
		Map<String, Agreement> agreements = new LinkedHashMap<>();
		for (Resource resource : set.getResources()) {
			if (((MentorFile) resource.getContents().get(0)).getDocument() instanceof Agreement agreement) {
				agreements.put(resource.getURI().trimFileExtension().lastSegment(), agreement);
			}
		}
		return agreements;
	}
}
