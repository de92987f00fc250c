package org.mentorship.dsl.validation;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.values.LinePositions;

/**
 * Lines and columns of every issue (syntax, linking, validation) computed by {@link LinePositions}, right
 * for any line ending, instead of by Xtext's node model, which throws at the end of a text that ends in a
 * lone "\r": the syntax error there was dropped and the run said 0 errors (issue 16). A syntax error whose mistake
 * is not the word the parser stopped at (a line that ends too early, a date without its day) is placed on the
 * mistake, as its message says ({@link IssueData.SyntaxCorrection#placed()}).
 */
public class LineSafeDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		INode node = diagnostic instanceof AbstractDiagnostic d ? nodeOf(d) : null;
		if (node == null) {
			super.convertResourceDiagnostic(diagnostic, severity, acceptor);
			return;
		}
		AbstractDiagnostic d = (AbstractDiagnostic) diagnostic;
		boolean syntax = diagnostic instanceof org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
		int offset = d.getOffset();
		int length = d.getLength();
		if (syntax && d.getData() != null) {
			IssueData.SyntaxCorrection correction = IssueData.SyntaxCorrection.decode(Arrays.asList(d.getData()));
			if (correction.placed() && correction.mistakeOffset() + correction.mistakeLength() <= node.getRootNode().getTotalEndOffset()) {
				offset = correction.mistakeOffset();
				length = correction.mistakeLength();
			}
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSyntaxError(syntax);
		issue.setSeverity(severity);
		issue.setMessage(diagnostic.getMessage());
		issue.setOffset(offset);
		issue.setLength(length);
		issue.setUriToProblem(d.getUriToProblem());
		issue.setCode(d.getCode());
		issue.setData(d.getData());
		issue.setType(org.eclipse.xtext.validation.CheckType.FAST);
		IssueLocation location = locate(node, offset, length);
		issue.setLineNumber(location.lineNumber);
		issue.setColumn(location.column);
		issue.setLineNumberEnd(location.lineNumberEnd);
		issue.setColumnEnd(location.columnEnd);
		acceptor.accept(issue);
	}

	@Override
	protected IssueLocation getLocationForNode(INode node) {
		return locate(node, node.getOffset(), node.getLength());
	}

	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		return locate(node, offset, length);
	}

	private static IssueLocation locate(INode node, int offset, int length) {
		LinePositions lines = LinePositions.of(node.getRootNode().getText());
		IssueLocation location = new IssueLocation();
		location.offset = offset;
		location.length = length;
		location.lineNumber = lines.line(offset);
		location.column = lines.column(offset);
		location.lineNumberEnd = lines.line(offset + length);
		location.columnEnd = lines.column(offset + length);
		return location;
	}

	/** Xtext's diagnostics know their node but do not show it (getNode() is protected). */
	private static INode nodeOf(AbstractDiagnostic diagnostic) {
		try {
			Method getNode = AbstractDiagnostic.class.getDeclaredMethod("getNode");
			getNode.setAccessible(true);
			return (INode) getNode.invoke(diagnostic);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
