package org.mentorship.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

import org.mentorship.dsl.parser.NodeSpans;
import org.mentorship.dsl.parser.WrittenValueNodes;
import org.mentorship.dsl.services.MentorGrammarAccess;

import com.google.inject.Inject;

/**
 * The dates, times and quoted texts of a file as written, each found in one walk over its nodes per version of the
 * file and kept in the resource's cache until it changes. Several rules read them all (dates and times: their format;
 * texts: jargon, long sentences, placeholders); a walk per rule was most of their cost in a large file
 * (docs/benchmarks.md, "Issue 13, pipeline"). Dates and times have a walk of their own, over composite nodes only:
 * theirs is a check of every keystroke, while the texts' rules wait for a pause in the typing (a walk over every
 * token and a copy of every text at each keystroke made typing in 10,000 lines a third slower). When the text rules
 * run in the same validation (`mentor validate`, a save), one walk finds both (a fifteenth of a 10,000-line file's
 * pipeline saved: docs/benchmarks.md, "Issue 13: pipeline vs raw parse (branch pipe2)"). After a whole parse there is
 * no walk at all: the texts' tokens and the dates' and times' nodes are those the parser kept ({@link WrittenValueNodes});
 * after a partial parse (a keystroke in an editor) the walks find them.
 *
 * Dates and times are composite nodes of the rules Date and Time, whatever attribute holds them (the grammar tells,
 * so a new date field needs no change here); texts are the STRING tokens. Rules are matched by name, not identity:
 * EMF's validator registry is global, and a validator may see nodes parsed by another injector's copy of the
 * grammar (tests, long-running tools).
 */
public class WrittenValues {

	private static final String DATES_AND_TIMES = WrittenValues.class.getName() + ".datesAndTimes";
	private static final String BOTH = WrittenValues.class.getName() + ".datesTimesAndTexts";

	/** A date or a time (the composite node of its rule), and what NodeModelUtils.getTokenText gives for it. */
	public record DateOrTime(ICompositeNode node, boolean isDate, String text) {
	}

	/** A quoted text: its token, and the token's text (quotes included), cut from the file's text once. */
	public record QuotedText(ILeafNode node, String text) {
	}

	/** What the walk over every node finds. */
	private record Both(List<DateOrTime> datesAndTimes, List<QuotedText> texts) {
	}

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private MentorGrammarAccess grammar;

	/**
	 * The dates and times of the whole file the object belongs to, in the order written; {@code textsToo} when the
	 * text rules run next in the same validation: then the one walk that finds both.
	 */
	public List<DateOrTime> datesAndTimes(EObject object, boolean textsToo) {
		if (textsToo) {
			return both(object).datesAndTimes();
		}
		return ofFile(object, DATES_AND_TIMES, root -> {
			List<DateOrTime> found = new ArrayList<>();
			String source = root.getText();
			if (!parsedDatesAndTimes(object, root, found, source)) {
				visitDatesAndTimes(root, found, source, grammar.getDateRule().getName(), grammar.getTimeRule().getName());
			}
			return List.copyOf(found);
		});
	}

	/** The quoted texts inside the object's text, in the order they are written. */
	public List<QuotedText> textsIn(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return List.of();
		}
		List<QuotedText> all = both(object).texts();
		int start = node.getTotalOffset();
		int end = node.getTotalEndOffset();
		if (start == 0 && end == node.getRootNode().getTotalEndOffset()) {
			return all;
		}
		List<QuotedText> inside = new ArrayList<>();
		for (QuotedText text : all) {
			if (text.node().getTotalOffset() >= start && text.node().getTotalEndOffset() <= end) {
				inside.add(text);
			}
		}
		return inside;
	}

	private Both both(EObject object) {
		Both none = new Both(List.of(), List.of());
		return ofFile(object, BOTH, none, root -> {
			List<DateOrTime> dates = new ArrayList<>();
			List<QuotedText> texts = new ArrayList<>();
			String source = root.getText();
			String date = grammar.getDateRule().getName();
			String time = grammar.getTimeRule().getName();
			List<ILeafNode> parsed = parsedQuotedTexts(object, root);
			if (parsed != null) {
				// the parser kept the texts' tokens (and, in the same parse, the dates' and times' nodes)
				if (!parsedDatesAndTimes(object, root, dates, source)) {
					visitDatesAndTimes(root, dates, source, date, time);
				}
				texts = new ArrayList<>(parsed.size());
				// where each token lies, as the parser recorded it: the tokens themselves are not read
				NodeSpans spans = parsed(object).quotedTextSpans(root);
				for (int i = 0; i < parsed.size(); i++) {
					texts.add(new QuotedText(parsed.get(i), source.substring(spans.offset(i), spans.end(i))));
				}
			} else {
				visitAll(root, dates, texts, source, date, time, grammar.getSTRINGRule().getName());
			}
			// read-only views, not copies: the lists are not changed after this
			return new Both(Collections.unmodifiableList(dates), Collections.unmodifiableList(texts));
		});
	}

	/** The quoted texts' tokens as the parser made them (WrittenValueNodes), or null after a partial parse. */
	private static List<ILeafNode> parsedQuotedTexts(EObject object, ICompositeNode root) {
		WrittenValueNodes.Parsed parsed = parsed(object);
		return parsed == null ? null : parsed.quotedTexts(root);
	}

	/**
	 * Adds the dates and times the parser kept (WrittenValueNodes) as the walk would find them; false, adding nothing,
	 * when it kept none for this root (a partial parse).
	 */
	private static boolean parsedDatesAndTimes(EObject object, ICompositeNode root, List<DateOrTime> found, String source) {
		WrittenValueNodes.Parsed parsed = parsed(object);
		List<ICompositeNode> nodes = parsed == null ? null : parsed.datesAndTimes(root);
		if (nodes == null) {
			return false;
		}
		if (found instanceof ArrayList<DateOrTime> list) {
			list.ensureCapacity(nodes.size()); // one array, not a chain of copies as it grows to thousands
		}
		// where each lies, as the parser recorded it: the nodes are read only for a date written oddly (tokenText)
		NodeSpans spans = parsed.dateAndTimeSpans(root);
		for (int i = 0; i < nodes.size(); i++) {
			ICompositeNode node = nodes.get(i);
			String text = spans.known(i) ? tokenText(node, spans.offset(i), spans.end(i), source) : tokenText(node, source);
			found.add(new DateOrTime(node, parsed.isDate(i), text));
		}
		return true;
	}

	private static WrittenValueNodes.Parsed parsed(EObject object) {
		return object.eResource() instanceof XtextResource resource
				&& resource.getParseResult() instanceof WrittenValueNodes.Parsed parsed ? parsed : null;
	}

	private <T> List<T> ofFile(EObject object, String key, Function<ICompositeNode, List<T>> walk) {
		return ofFile(object, key, List.of(), walk);
	}

	private <T> T ofFile(EObject object, String key, T none, Function<ICompositeNode, T> walk) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return none;
		}
		Resource resource = object.eResource();
		return resource == null ? walk.apply(node.getRootNode()) : cache.get(key, resource, () -> walk.apply(node.getRootNode()));
	}

	/**
	 * A date's or time's tokens as NodeModelUtils.getTokenText gives them, cut from the file's text when nothing
	 * hides between them (no blank or comment inside: then the text is only digits and - / . :, blanks around it
	 * aside), which is almost always: building the text token by token was half of the date rule's cost.
	 */
	private static String tokenText(ICompositeNode node, String source) {
		return tokenText(node, node.getTotalOffset(), node.getTotalEndOffset(), source);
	}

	/** As {@link #tokenText(ICompositeNode, String)}, the node's total offset and end given. */
	private static String tokenText(ICompositeNode node, int start, int end, String source) {
		while (start < end && blank(source.charAt(start))) {
			start++;
		}
		while (end > start && blank(source.charAt(end - 1))) {
			end--;
		}
		for (int i = start; i < end; i++) {
			char c = source.charAt(i);
			boolean comment = c == '/' && i + 1 < end && (source.charAt(i + 1) == '/' || source.charAt(i + 1) == '*');
			if (comment || !(c >= '0' && c <= '9' || c == '-' || c == '/' || c == '.' || c == ':')) {
				return NodeModelUtils.getTokenText(node);
			}
		}
		return source.substring(start, end);
	}

	/** The characters of the terminal WS. */
	private static boolean blank(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	/**
	 * Composite nodes only, by their sibling links, not Xtext's iterables (an iterator per node was a third of the
	 * walk); a date or time is not entered: its tokens are numbers and punctuation.
	 */
	private static void visitDatesAndTimes(ICompositeNode node, List<DateOrTime> found, String source, String date,
			String time) {
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ICompositeNode composite) {
				String rule = ruleOf(composite);
				if (date.equals(rule) || time.equals(rule)) {
					found.add(new DateOrTime(composite, date.equals(rule), tokenText(composite, source)));
				} else {
					visitDatesAndTimes(composite, found, source, date, time);
				}
			}
		}
	}

	/**
	 * What visitDatesAndTimes and visitTexts find, in one walk: a date or time is entered for texts only (as the
	 * dates' walk does not look for dates inside one).
	 */
	private static void visitAll(ICompositeNode node, List<DateOrTime> dates, List<QuotedText> texts, String source,
			String date, String time, String text) {
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ICompositeNode composite) {
				String rule = ruleOf(composite);
				if (date.equals(rule) || time.equals(rule)) {
					dates.add(new DateOrTime(composite, date.equals(rule), tokenText(composite, source)));
					visitTexts(composite, texts, source, text);
				} else {
					visitAll(composite, dates, texts, source, date, time, text);
				}
			} else if (text.equals(ruleOf(child)) && !((ILeafNode) child).isHidden()) {
				texts.add(new QuotedText((ILeafNode) child, source.substring(child.getTotalOffset(), child.getTotalEndOffset())));
			}
		}
	}

	private static void visitTexts(ICompositeNode node, List<QuotedText> found, String source, String text) {
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ICompositeNode composite) {
				visitTexts(composite, found, source, text);
			} else if (text.equals(ruleOf(child)) && !((ILeafNode) child).isHidden()) {
				found.add(new QuotedText((ILeafNode) child, source.substring(child.getTotalOffset(), child.getTotalEndOffset())));
			}
		}
	}

	private static String ruleOf(INode node) {
		return node.getGrammarElement() instanceof RuleCall call && call.getRule() != null ? call.getRule().getName() : null;
	}
}
