package org.mentorship.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.FileCache;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.mentor.Milestone;
import org.mentorship.dsl.model.PrintedLength;
import org.mentorship.dsl.model.SectionLines;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.tests.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The lines of each section that the linker counts while it walks a file just loaded (SectionLines) are those printed
 * length's own walk over the sections counts, on every agreement of the corpora (syntax errors included), and they
 * are in the file's cache after the load and the linking, until the model changes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class SectionLinesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private FileCache cache;

	@Test
	void theLinkersCountIsTheWalksOnEveryAgreement() throws IOException {
		int agreements = 0;
		for (Path file : files()) {
			XtextResource resource = (XtextResource) resourceSets.get()
					.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			if (!(resource.getContents().get(0) instanceof MentorFile mentorFile
					&& mentorFile.getDocument() instanceof Agreement agreement)) {
				continue;
			}
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			SectionLines counted = cache.getOrCreate(resource).get(SectionLines.CACHE_KEY);
			assertNotNull(counted, file + ": counted by the linker, kept after the load and the linking");
			SectionLines walked = SectionLines.of(agreement);
			assertEquals(walked.sections(), counted.sections(), file.toString());
			for (int i = 0; i < walked.sections(); i++) {
				assertEquals(walked.section(i), counted.section(i), file + ", section " + i);
			}
			assertEquals(PrintedLength.pages(agreement), PrintedLength.pages(agreement, counted), file.toString());
			agreements++;
		}
		assertTrue(agreements > 100, agreements + " agreements");
	}

	@Test
	void aChangeToTheModelDropsTheCount() throws IOException {
		XtextResource resource = TextResources.load(resourceSets.get(), URI.createURI("memory:/complete.mentor"),
				Files.readString(Path.of("../examples/complete.mentor")));
		assertNotNull(cache.getOrCreate(resource).get(SectionLines.CACHE_KEY));
		Agreement agreement = (Agreement) ((MentorFile) resource.getContents().get(0)).getDocument();
		double before = PrintedLength.pages(agreement);
		Milestone milestone = EcoreUtil2.getAllContentsOfType(agreement, Milestone.class).get(0);
		milestone.setTitle("A much longer title than before, ".repeat(20));
		assertNull(cache.getOrCreate(resource).get(SectionLines.CACHE_KEY));
		SectionLines now = cache.get(SectionLines.CACHE_KEY, resource, () -> SectionLines.of(agreement));
		assertTrue(PrintedLength.pages(agreement, now) > before, "the longer title counted");
	}

	private static List<Path> files() throws IOException {
		return org.mentorship.dsl.tests.Corpora.agreements();
	}
}
