package org.mentorship.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts quoted text. Mentors paste text from documents, so the rules are deliberately simple:
 * straight ("...") or typographic (“...”) quotes; inside straight quotes only \" and \\ are escapes,
 * any other backslash stays as typed (a Windows path is not an error). The terminal accepts a
 * missing closing quote so that this converter can report it in words at the text's position.
 */
public class QuotedTextConverter extends AbstractLexerBasedConverter<String> {

	static final String NOT_CLOSED = "This text has no closing quote: add \" at its end.";

	@Override
	public String toValue(String literal, INode node) throws ValueConverterException {
		if (literal == null) {
			return null;
		}
		char open = literal.charAt(0);
		char close = open == '“' ? '”' : '"';
		boolean closed = literal.length() > 1 && literal.charAt(literal.length() - 1) == close
				&& !(open == '"' && endsWithEscape(literal));
		String body = literal.substring(1, closed ? literal.length() - 1 : literal.length());
		String value = open == '"' ? unescape(body) : body;
		if (!closed) {
			throw new ValueConverterWithValueException(NOT_CLOSED, node, value, null);
		}
		return value;
	}

	@Override
	protected String toEscapedString(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static boolean endsWithEscape(String literal) {
		// "abc\" : the last quote is escaped, so the text is not closed
		int backslashes = 0;
		for (int i = literal.length() - 2; i > 0 && literal.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static String unescape(String body) {
		if (body.indexOf('\\') < 0) {
			return body;
		}
		StringBuilder out = new StringBuilder(body.length());
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '"' || body.charAt(i + 1) == '\\')) {
				out.append(body.charAt(++i));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
