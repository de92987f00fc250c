package org.mentorship.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The quick fixes of {@link MentorQuickfixProvider} for front ends without a language server, such as
 * {@code mentor fix}: the same provider, called with a validated resource and one of its issues.
 * Fixes come in the provider's order, so the first is the preferred one.
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
	private IQuickFixProvider provider;

	/**
	 * The fixes for an issue of the resource that may be applied without asking, the preferred one first;
	 * none if there is no clear fix (declaring a new party, or one of several close names, is an editor's
	 * choice only: see MentorQuickfixProvider.mayBePreferred).
	 */
	public List<Fix> fixes(XtextResource resource, Issue issue) {
		if (issue.getCode() == null || resource.getParseResult() == null) {
			return List.of();
		}
		Document document = new Document(1, resource.getParseResult().getRootNode().getText());
		Diagnostic diagnostic = toDiagnostic(issue, document);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setResource(resource);
		options.setDocument(document);
		options.setURI(resource.getURI().toString());
		options.setLanguageServerAccess(new ResourceAccess(resource, document));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		if (!provider.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			if (edit != null && MentorQuickfixProvider.mayBePreferred(resolution.getLabel())) {
				List<Edit> edits = edits(edit, document);
				if (!edits.isEmpty()) {
					fixes.add(new Fix(resolution.getLabel(), issue, edits));
				}
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

	private static List<Edit> edits(WorkspaceEdit edit, Document document) {
		List<TextEdit> textEdits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().values().forEach(textEdits::addAll);
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(e -> e.isLeft()).map(e -> e.getLeft())
					.map(TextDocumentEdit::getEdits).forEach(edits -> edits.forEach(e -> textEdits.add(e.getLeft())));
		}
		List<Edit> result = new ArrayList<>();
		for (TextEdit e : textEdits) {
			int start = document.getOffSet(e.getRange().getStart());
			result.add(new Edit(start, document.getOffSet(e.getRange().getEnd()) - start, e.getNewText()));
		}
		return result;
	}

	/**
	 * The text with the edits applied; every edit refers to the original text (as in an LSP
	 * WorkspaceEdit), and insertions at one place keep their order.
	 *
	 * @throws IllegalArgumentException if two edits conflict
	 */
	public static String apply(String text, List<Edit> edits) {
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::length)); // stable
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

	/** Just enough of a language server for DiagnosticResolution: the one resource, already loaded. */
	private static final class ResourceAccess implements ILanguageServerAccess {

		private final XtextResource resource;
		private final Document document;

		ResourceAccess(XtextResource resource, Document document) {
			this.resource = resource;
			this.document = document;
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			return CompletableFuture.completedFuture(doSyncRead(uri, function));
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw new UnsupportedOperationException("no index outside a language server");
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			// nothing is built
		}

		@Override
		public LanguageClient getLanguageClient() {
			return null;
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public InitializeParams getInitializeParams() {
			return null;
		}

		@Override
		public InitializeResult getInitializeResult() {
			return null;
		}
	}
}
