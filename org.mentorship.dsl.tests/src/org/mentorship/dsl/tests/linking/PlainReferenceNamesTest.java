package org.mentorship.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.linking.PlainReferenceNames;
import org.mentorship.dsl.tests.MentorInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A reference's name cut from the file's text (PlainReferenceNames) is the name Xtext's linking reads (LinkingHelper:
 * the tokens' text, then the QualifiedName converter), for every reference of the examples and the corpora (syntax
 * errors included) and of references written oddly: escaped with '^', with comments or blanks between the parts,
 * ending in '.', cut off. Those it leaves to Xtext (null); the plain ones, almost all, it reads itself.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class PlainReferenceNamesTest {

	private static final String ODD = """
			agreement a-b "Odd names"
			  programme some.^programme
			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"
			roles
			  ^ada starts conversations
			  grace /* who */ documents progress
			  a . b owns the agenda
			goal g "Goal"
			  evidence artifact "notes" from x.y.z
			  evidence artifact "notes" from x.
			  evidence artifact "notes" from x. /* c */ y
			  evidence artifact "notes" from _under-score9.A-1
			  success rated 4 out of 5 by 9lives "quality"
			cadence like
			boundaries like standard . more
			sign-off
			  ada signed on 2027-01-11
			  grace to sign
			  ^grace signed on
			""";

	@Inject
	private Injector injector;

	@Inject
	private PlainReferenceNames plainNames;

	@Inject
	private LinkingHelper linkingHelper;

	@Test
	void theNameXtextReadsForEveryReference() throws IOException {
		int plain = 0;
		int left = 0;
		List<XtextResource> resources = new ArrayList<>();
		for (Path file : files()) {
			resources.add((XtextResource) injector.getInstance(XtextResourceSet.class)
					.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
		}
		XtextResource odd = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("odd.mentor"));
		odd.load(new ByteArrayInputStream(ODD.getBytes(StandardCharsets.UTF_8)), null);
		resources.add(odd);
		int oddLeft = 0;
		for (XtextResource resource : resources) {
			String source = resource.getParseResult().getRootNode().getText();
			for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
				if (!(node.getGrammarElement() instanceof CrossReference)) {
					continue;
				}
				String name = plainNames.of(node, source);
				if (name == null) {
					left++;
					oddLeft += resource == odd ? 1 : 0;
				} else {
					assertEquals(linkingHelper.getCrossRefNodeAsString(node, true), name,
							resource.getURI().lastSegment() + " at " + node.getTotalOffset());
					plain++;
				}
			}
		}
		assertTrue(plain > 300 && plain > 20 * left, plain + " plain, " + left + " left to Xtext");
		assertTrue(oddLeft >= 5, oddLeft + " odd references left to Xtext");
	}

	@Test
	void escapedAndCommentedNamesAreLeftToXtext() throws IOException {
		XtextResource odd = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("odd.mentor"));
		odd.load(new ByteArrayInputStream(ODD.getBytes(StandardCharsets.UTF_8)), null);
		String source = odd.getParseResult().getRootNode().getText();
		for (INode node : odd.getParseResult().getRootNode().getAsTreeIterable()) {
			String text = node.getText().strip();
			if (node.getGrammarElement() instanceof CrossReference && (text.contains("^") || text.contains("/*"))) {
				assertNull(plainNames.of(node, source), text);
			}
		}
	}

	private static List<Path> files() throws IOException {
		return org.mentorship.dsl.tests.Corpora.agreements();
	}
}
