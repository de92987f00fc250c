package org.mentorship.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
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
import org.mentorship.dsl.parser.NodeSpans;
import org.mentorship.dsl.parser.WrittenValueNodes;
import org.mentorship.dsl.tests.MentorInjectorProvider;
import org.mentorship.dsl.validation.WrittenValues;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The dates, times and texts found together (a validation that runs the text rules too) are the same as the dates and
 * times found alone (a keystroke's fast checks), and both are what Xtext's own iteration over the finished node model
 * finds: every composite node of the rules Date and Time (not entered) and every quoted text token, in every example
 * and every file of the mistake, held-out, clock-change and fuzz corpora (syntax errors included). After a whole
 * parse they are the nodes the parser kept (WrittenValueNodes); each file is loaded twice, so that neither question
 * reuses what the other left in the file's cache.
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
			assertEquals(datesAndTimesInTree(alone), expected, file.toString());
			values += expected.size();
			List<String> quoted = both.textsIn(together).stream().map(t -> t.node().getTotalOffset() + ":" + t.text()).toList();
			assertEquals(quotedTokens(together), quoted, file.toString());
			texts += quoted.size();
		}
		assertTrue(values > 100 && texts > 100, values + " dates and times, " + texts + " texts");
	}

	/**
	 * Where the parser recorded each date and time (from the tokens made under its node) is where its node lies in
	 * the finished tree, in every file of the corpora; only a node that got no token is left unknown.
	 */
	@Test
	void theDatesSpansAreTheirNodes() throws IOException {
		int known = 0;
		for (Path file : files()) {
			XtextResource resource = (XtextResource) load(file).eResource();
			WrittenValueNodes.Parsed parsed = (WrittenValueNodes.Parsed) resource.getParseResult();
			ICompositeNode root = parsed.getRootNode();
			List<ICompositeNode> nodes = parsed.datesAndTimes(root);
			NodeSpans spans = parsed.dateAndTimeSpans(root);
			assertEquals(nodes.size(), spans.size(), file.toString());
			for (int i = 0; i < nodes.size(); i++) {
				if (spans.known(i)) {
					assertEquals(nodes.get(i).getTotalOffset() + "-" + nodes.get(i).getTotalEndOffset(),
							spans.offset(i) + "-" + spans.end(i), file + ", date or time " + i);
					known++;
				} else {
					assertFalse(nodes.get(i).getLeafNodes().iterator().hasNext(), file + ": a node with tokens left unknown");
				}
			}
		}
		assertTrue(known > 100, known + " dates and times");
	}

	/**
	 * After a whole parse the texts and dates are the nodes the parser kept (no walk over the nodes); after a keystroke
	 * reparsed in place those are no longer all of them, and they come from the walks again, as many as there are.
	 */
	@Test
	void theParserKeepsTheValuesOfAWholeParseOnly() throws IOException {
		String text = Files.readString(Path.of(System.getProperty("mentor.examples", "../examples"), "complete.mentor"));
		XtextResource resource = (XtextResource) load(Path.of(System.getProperty("mentor.examples", "../examples"),
				"complete.mentor")).eResource();
		assertTrue(resource.getParseResult() instanceof WrittenValueNodes.Parsed parsed
				&& parsed.quotedTexts(resource.getParseResult().getRootNode()) != null
				&& parsed.datesAndTimes(resource.getParseResult().getRootNode()) != null, "the parser kept no values");
		assertTexts(resource);

		assertTrue(InPlaceReparse.apply(resource, text.replace("by the summer", "by the summers")));

		IParseResult after = resource.getParseResult();
		assertFalse(after instanceof WrittenValueNodes.Parsed parsed && (parsed.quotedTexts(after.getRootNode()) != null
				|| parsed.datesAndTimes(after.getRootNode()) != null), "a partial parse kept the values of its section only");
		assertTexts(resource);
	}

	private void assertTexts(XtextResource resource) {
		EObject root = resource.getContents().get(0);
		List<String> quoted = injector.getInstance(WrittenValues.class).textsIn(root).stream()
				.map(t -> t.node().getTotalOffset() + ":" + t.text()).toList();
		assertEquals(quotedTokens(root), quoted);
		assertTrue(quoted.size() > 50, quoted.size() + " texts");
		List<String> dates = described(injector.getInstance(WrittenValues.class).datesAndTimes(root, false));
		assertEquals(datesAndTimesInTree(root), dates);
		assertTrue(dates.size() > 10, dates.size() + " dates and times");
	}

	private static List<String> described(List<WrittenValues.DateOrTime> values) {
		return values.stream().map(v -> v.node().getTotalOffset() + ":" + v.isDate() + ":" + v.text()).toList();
	}

	/**
	 * The composite nodes of the rules Date and Time by their grammar element (a folded node's first), from Xtext's own
	 * iteration over the tree, with NodeModelUtils' token text; a date or time is not entered.
	 */
	private static List<String> datesAndTimesInTree(EObject root) {
		List<String> found = new java.util.ArrayList<>();
		var nodes = NodeModelUtils.getNode(root).getRootNode().getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			var node = nodes.next();
			String rule = node instanceof ICompositeNode && node.getGrammarElement() instanceof RuleCall call
					&& call.getRule() != null ? call.getRule().getName() : "";
			if (rule.equals("Date") || rule.equals("Time")) {
				found.add(node.getTotalOffset() + ":" + rule.equals("Date") + ":" + NodeModelUtils.getTokenText(node));
				nodes.prune();
			}
		}
		return found;
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
		return org.mentorship.dsl.tests.Corpora.agreements();
	}
}
