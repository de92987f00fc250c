package org.mentorship.dsl.formatting2;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed file with the language's {@link IFormatter2}, the way the language server answers
 * textDocument/formatting (Xtext's FormattingService): a {@link FormatterRequest} over the node model's
 * {@link ITextRegionAccess}. Used by {@code mentor format} and the tests.
 */
public class FileFormatter {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private TextRegionAccessBuilder regionAccessBuilder;

	/** The formatted text of the file, or empty if it has syntax errors (such a file is never reformatted). */
	public Optional<String> format(XtextResource resource) {
		IParseResult parsed = resource.getParseResult();
		if (parsed == null || parsed.hasSyntaxErrors()) {
			return Optional.empty();
		}
		if (resource.getContents().isEmpty()) {
			return Optional.of(parsed.getRootNode() == null ? "" : parsed.getRootNode().getText());
		}
		ITextRegionAccess access = regionAccessBuilder.forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		// a conflict between two formatting rules is a bug of the formatter: fail instead of half-formatting
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		request.setTextRegionAccess(access);
		List<ITextReplacement> edits = formatters.get().format(request);
		return Optional.of(access.getRewriter().renderToString(edits));
	}
}
