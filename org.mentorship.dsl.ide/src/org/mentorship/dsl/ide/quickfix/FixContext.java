package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.mentorship.dsl.formatting2.Layout;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * One diagnostic being fixed: the parsed file, its text and the diagnostic, with the few text
 * operations the fixes are made of. Edits are computed here, from the model of the same text the
 * diagnostic was reported on, and never change anything but that text.
 *
 * Layout of what is inserted (as in examples/complete.mentor): a new section goes at the end of the
 * file after one blank line; a new clause goes on its own line, indented by two spaces, right after
 * the first line of its section (or after the last clause of a goal). The file's line separator is
 * kept.
 *
 * The context is passed to the fix of the diagnostic's code ({@link FixTable}), which offers its
 * fixes here ({@link #offer}).
 */
public final class FixContext {

	static final String INDENT = Layout.INDENT;

	private final XtextResource resource;
	private final Document document;
	private final Diagnostic diagnostic;
	private final String text;
	private final String newline;

	private final List<FixOffer> offered = new ArrayList<>();

	public FixContext(XtextResource resource, Document document, Diagnostic diagnostic) {
		this.resource = resource;
		this.document = document;
		this.diagnostic = diagnostic;
		this.text = document.getContents();
		this.newline = Layout.lineSeparatorOf(text);
	}

	/** Offers a fix whose edits are already known (computed from the diagnosed text). */
	void offer(String label, TextEdit... edits) {
		offer(label, List.of(edits));
	}

	void offer(String label, List<TextEdit> edits) {
		offered.add(new FixOffer(label, edits));
	}

	/** What the fix offers for this context's diagnostic, in the order offered. */
	List<FixOffer> collect(IssueFix fix) {
		offered.clear();
		fix.offer(this);
		return List.copyOf(offered);
	}

	/** The whole text the diagnostic was reported on. */
	String text() {
		return text;
	}

	Diagnostic diagnostic() {
		return diagnostic;
	}

	XtextResource resource() {
		return resource;
	}

	/**
	 * The issue's data, read by the record its validator wrote it with (IssueData in
	 * org.mentorship.dsl), e.g. {@code context.data(IssueData.Term::decode)}.
	 */
	<T> T data(Function<List<String>, T> decode) {
		return decode.apply(data(diagnostic.getData()));
	}

	/**
	 * The issue's data, one string per entry ("" for a null one). A language client sends the data
	 * back as JSON (an array), an in-process caller as the String[] the validator attached.
	 */
	static List<String> data(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof String[]) {
			for (String entry : (String[]) data) {
				result.add(entry == null ? "" : entry);
			}
		} else if (data instanceof JsonArray) {
			for (JsonElement e : (JsonArray) data) {
				result.add(e.isJsonNull() ? "" : e.getAsString());
			}
		} else if (data instanceof JsonPrimitive) {
			result.add(((JsonPrimitive) data).getAsString());
		} else if (data instanceof Collection<?>) {
			((Collection<?>) data).forEach(o -> result.add(o == null ? "" : o.toString()));
		} else if (data instanceof String) {
			result.add((String) data);
		}
		return result;
	}

	/** Offset of the diagnostic's start in the text. */
	int start() {
		return document.getOffSet(diagnostic.getRange().getStart());
	}

	int end() {
		return document.getOffSet(diagnostic.getRange().getEnd());
	}

	String diagnosedText() {
		return text.substring(start(), end());
	}

	Optional<org.mentorship.dsl.mentor.Document> mentorDocument() {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MentorFile)) {
			return Optional.empty();
		}
		return Optional.ofNullable(((MentorFile) resource.getContents().get(0)).getDocument());
	}

	Optional<Agreement> agreement() {
		return mentorDocument().filter(Agreement.class::isInstance).map(Agreement.class::cast);
	}

	/** The innermost model element of the given type at the diagnostic's start. */
	<T extends EObject> Optional<T> at(Class<T> type) {
		return elementAt(start()).map(e -> EcoreUtil2.getContainerOfType(e, type));
	}

	Optional<EObject> elementAt(int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return Optional.ofNullable(leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf));
	}

	/** The first node of a feature of an element, if it was written. */
	static Optional<INode> node(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
	}

	// --- edits ----------------------------------------------------------------------------------------

	TextEdit replace(int offset, int length, String newText) {
		return new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset + length)),
				newText.replace("\n", newline));
	}

	/** Replaces the words of a node (not the blanks or comments around them). */
	TextEdit replace(INode node, String newText) {
		return replace(tokenStart(node), tokenEnd(node) - tokenStart(node), newText);
	}

	TextEdit insert(int offset, String newText) {
		return replace(offset, 0, newText);
	}

	/**
	 * A new section at the end of the file, after one blank line. It goes after the line break that
	 * ends the last line, so that a clause added to the last section (at the end of its line) stays
	 * before it; blank lines after that stay at the end. A file without a final line break keeps
	 * having none.
	 */
	TextEdit appendSection(String section) {
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int lineBreak = text.indexOf('\n', end);
		return lineBreak < 0 ? insert(text.length(), "\n\n" + section)
				: insert(lineBreak + 1, "\n" + section + "\n");
	}

	/** A clause on a new line right after the first line (the header) of a section. */
	TextEdit insertAfterHeader(EObject section, String clause) {
		return insert(lineEndAfter(headerEnd(section)), "\n" + INDENT + clause);
	}

	/** A clause on a new line after the last line of an element (a goal's last clause). */
	TextEdit insertAfterLast(EObject element, String clause) {
		return insertLineAfter(element, INDENT + clause);
	}

	/** A line (written as given, so unindented for a section) after the last line of an element. */
	TextEdit insertLineAfter(EObject element, String line) {
		return insert(lineEndAfter(lastTokenEnd(element)), "\n" + line);
	}

	/**
	 * Where the header of a section ends: its keyword, and its name and "like" base if it has them
	 * ("boundaries standard like programme-default").
	 */
	static int headerEnd(EObject section) {
		ICompositeNode node = NodeModelUtils.getNode(section);
		int end = tokenStart(node);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset(); // the keyword
				break;
			}
		}
		for (String name : List.of("name", "base")) {
			EStructuralFeature feature = section.eClass().getEStructuralFeature(name);
			if (feature != null) {
				for (INode n : NodeModelUtils.findNodesForFeature(section, feature)) {
					end = Math.max(end, tokenEnd(n));
				}
			}
		}
		return end;
	}

	static int lastTokenEnd(EObject element) {
		return tokenEnd(NodeModelUtils.getNode(element));
	}

	/** Where the first word of a node starts: a node may begin with the blanks and comments before it. */
	static int tokenStart(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getOffset();
			}
		}
		return node.getOffset();
	}

	/** Where the last word of a node ends. */
	static int tokenEnd(INode node) {
		int end = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end < 0 ? node.getEndOffset() : end;
	}

	/**
	 * The end of the line that the offset is on, when only blanks or a line comment follow it there;
	 * otherwise the offset itself (more of the file follows on that line).
	 */
	int lineEndAfter(int offset) {
		int lineEnd = text.indexOf('\n', offset);
		if (lineEnd < 0) {
			lineEnd = text.length();
		} else if (lineEnd > offset && text.charAt(lineEnd - 1) == '\r') {
			lineEnd--;
		}
		String rest = text.substring(offset, lineEnd).strip();
		return rest.isEmpty() || rest.startsWith("//") ? lineEnd : offset;
	}
}
