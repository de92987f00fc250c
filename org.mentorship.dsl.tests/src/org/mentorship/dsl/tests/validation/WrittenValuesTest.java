package org.mentorship.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorship.dsl.parser.InPlaceReparse;
import org.mentorship.dsl.parser.QuotedTextLeaves;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.validation.WrittenValues;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The one walk that finds dates, times and texts together (a validation that runs the text rules too) finds the same
 * dates and times as the keystroke's walk over composite nodes, and every quoted text token, in every example and
 * every file of the mistake corpus (syntax errors included); each file is loaded twice, so that neither walk reuses
 * what the other left in the file's cache.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MentorInjectorProvider.class)
class WrittenValuesTest {

	@Inject
	private Injector injector;

	@Test
	void bothWalksFindTheSameDatesAndTimes() throws IOException {
		int values = 0;
		int texts = 0;
		for (Path file : files()) {
			EObject alone = load(file);
			EObject together = load(file);
			List<String> expected = described(injector.getInstance(WrittenValues.class).datesAndTimes(alone, false));
			WrittenValues both = injector.getInstance(WrittenValues.class);
			assertEquals(expected, described(both.datesAndTimes(together, true)), file.toString());
			values += expected.size();
			List<String> quoted = both.textsIn(together).stream().map(t -> t.node().getTotalOffset() + ":" + t.text()).toList();
			assertEquals(quotedTokens(together), quoted, file.toString());
			texts += quoted.size();
		}
		assertTrue(values > 100 && texts > 100, values + " dates and times, " + texts + " texts");
	}

	/**
	 * After a whole parse the texts are the tokens the parser kept (no walk over every node); after a keystroke
	 * reparsed in place those are no longer all of them, and the texts come from the walk again, as many as there are.
	 */
	@Test
	void theParserKeepsTheTextsOfAWholeParseOnly() throws IOException {
		String text = Files.readString(Path.of(System.getProperty("mentor.examples", "../examples"), "complete.mentor"));
		XtextResource resource = (XtextResource) load(Path.of(System.getProperty("mentor.examples", "../examples"),
				"complete.mentor")).eResource();
		assertTrue(resource.getParseResult() instanceof QuotedTextLeaves.Parsed parsed
				&& parsed.quotedTexts(resource.getParseResult().getRootNode()) != null, "the parser kept no texts");
		assertTexts(resource);

		assertTrue(InPlaceReparse.apply(resource, text.replace("by the summer", "by the summers")));

		IParseResult after = resource.getParseResult();
		assertFalse(after instanceof QuotedTextLeaves.Parsed parsed && parsed.quotedTexts(after.getRootNode()) != null,
				"a partial parse kept the texts of its section only");
		assertTexts(resource);
	}

	private void assertTexts(XtextResource resource) {
		EObject root = resource.getContents().get(0);
		List<String> quoted = injector.getInstance(WrittenValues.class).textsIn(root).stream()
				.map(t -> t.node().getTotalOffset() + ":" + t.text()).toList();
		assertEquals(quotedTokens(root), quoted);
		assertTrue(quoted.size() > 50, quoted.size() + " texts");
	}

	private static List<String> described(List<WrittenValues.DateOrTime> values) {
		return values.stream().map(v -> v.node().getTotalOffset() + ":" + v.isDate() + ":" + v.text()).toList();
	}

	/** The visible STRING tokens, from Xtext's own iteration over the leaves. */
	private List<String> quotedTokens(EObject root) {
		List<String> found = new java.util.ArrayList<>();
		for (ILeafNode leaf : NodeModelUtils.getNode(root).getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call && call.getRule() != null
					&& call.getRule().getName().equals("STRING")) {
				found.add(leaf.getTotalOffset() + ":" + leaf.getText());
			}
		}
		return found;
	}

	private EObject load(Path file) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return resource.getContents().get(0);
	}

	private static List<Path> files() throws IOException {
		List<Path> files = new java.util.ArrayList<>();
		for (Path folder : List.of(Path.of(System.getProperty("mentor.examples", "../examples")), Path.of("mistakes"))) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(p -> p.toString().endsWith(".mentor")).sorted().forEach(files::add);
			}
		}
		return files;
	}
}
