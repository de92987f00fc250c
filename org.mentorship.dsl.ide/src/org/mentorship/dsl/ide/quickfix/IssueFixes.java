package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The quick fixes of the {@link FixTable} for front ends without a language server, such as
 * {@code mentor fix}, and for fix-all: the same fixes an editor offers, for a validated resource and
 * one of its issues, as offsets in the text. Fixes come in the order offered, so the first is the
 * preferred one.
 */
public class IssueFixes {

	/** A text change: replace {@code length} characters at {@code offset} (0 to insert). */
	public record Edit(int offset, int length, String text) {

		int end() {
			return offset + length;
		}

		private static String firstWord(String text) {
			String[] words = text.strip().split("\\s+", 2);
			return words[0];
		}

		/**
		 * Whether two edits cannot be applied together: the parts they replace overlap, or one inserts
		 * into, or at an end of, what the other replaces. Two insertions at one place are applied one
		 * after the other, unless they start with the same word: two new "ethics" sections, or two
		 * lines for one party, are one too many.
		 */
		public boolean conflictsWith(Edit other) {
			if (length == 0 && other.length == 0) {
				return offset == other.offset && firstWord(text).equals(firstWord(other.text));
			}
			if (length == 0) {
				return other.offset <= offset && offset <= other.end();
			}
			if (other.length == 0) {
				return offset <= other.offset && other.offset <= end();
			}
			return offset < other.end() && other.offset < end();
		}
	}

	/** One way to fix one issue: its label (what a user sees) and its edits of the file's text. */
	public record Fix(String label, Issue issue, List<Edit> edits) {

		public boolean conflictsWith(Fix other) {
			return edits.stream().anyMatch(e -> other.edits.stream().anyMatch(e::conflictsWith));
		}
	}

	@Inject
	private FixTable table;

	/**
	 * The fixes for an issue of the resource that may be applied without asking, the preferred one first;
	 * none if there is no clear fix (declaring a new party, or one of several close names, is an editor's
	 * choice only: see {@link FixOffer#mayBePreferred}).
	 */
	public List<Fix> fixes(XtextResource resource, Issue issue) {
		if (resource.getParseResult() == null) {
			return List.of();
		}
		return fixes(resource, new Document(1, resource.getParseResult().getRootNode().getText()), issue);
	}

	/** As {@link #fixes(XtextResource, Issue)}, with the document the resource was read from. */
	public List<Fix> fixes(XtextResource resource, Document document, Issue issue) {
		if (issue.getCode() == null || resource.getParseResult() == null) {
			return List.of();
		}
		Diagnostic diagnostic = toDiagnostic(issue, document);
		List<Fix> fixes = new ArrayList<>();
		for (FixOffer offer : table.offers(new FixContext(resource, document, diagnostic))) {
			if (offer.mayBePreferred()) {
				fixes.add(new Fix(offer.label(), issue, edits(offer.edits(), document)));
			}
		}
		return fixes;
	}

	public Optional<Fix> preferred(XtextResource resource, Issue issue) {
		return fixes(resource, issue).stream().findFirst();
	}

	/** The diagnostic a language client would send back for the issue. */
	static Diagnostic toDiagnostic(Issue issue, Document document) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		int length = document.getContents().length();
		int offset = Math.min(length, Math.max(0, issue.getOffset() == null ? 0 : issue.getOffset()));
		int end = Math.min(length, offset + Math.max(0, issue.getLength() == null ? 0 : issue.getLength()));
		diagnostic.setRange(new Range(document.getPosition(offset), document.getPosition(end)));
		return diagnostic;
	}

	private static List<Edit> edits(List<TextEdit> textEdits, Document document) {
		List<Edit> result = new ArrayList<>();
		for (TextEdit e : textEdits) {
			int start = document.getOffSet(e.getRange().getStart());
			result.add(new Edit(start, document.getOffSet(e.getRange().getEnd()) - start, e.getNewText()));
		}
		return result;
	}

	/** The edits as LSP text edits of the document, in the order {@link #apply} applies them. */
	static List<TextEdit> textEdits(List<Edit> edits, Document document) {
		List<TextEdit> result = new ArrayList<>();
		for (Edit e : sorted(edits)) {
			result.add(new TextEdit(new Range(document.getPosition(e.offset()), document.getPosition(e.end())), e.text()));
		}
		return result;
	}

	private static List<Edit> sorted(List<Edit> edits) {
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::length)); // stable
		return sorted;
	}

	/**
	 * The text with the edits applied; every edit refers to the original text (as in an LSP
	 * WorkspaceEdit), and insertions at one place keep their order.
	 *
	 * @throws IllegalArgumentException if two edits conflict
	 */
	public static String apply(String text, List<Edit> edits) {
		List<Edit> sorted = sorted(edits);
		StringBuilder result = new StringBuilder();
		int done = 0;
		for (Edit edit : sorted) {
			if (edit.offset() < done || edit.end() > text.length()) {
				throw new IllegalArgumentException("overlapping or out-of-range edits: " + edits);
			}
			result.append(text, done, edit.offset()).append(edit.text());
			done = edit.end();
		}
		return result.append(text.substring(done)).toString();
	}
}
