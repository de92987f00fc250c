package org.mentorship.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;

import com.google.inject.Inject;

/** Value converters of the .mentor language: quoted text, and names that may be escaped with ^. */
public class MentorValueConverters extends DefaultTerminalConverters {

	@Inject
	private QuotedTextConverter quotedText;

	@Inject
	private QualifiedNameValueConverter qualifiedName;

	/** A reference such as "^reading" or "programme.^notes" means the name without the escapes. */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedName;
	}

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return quotedText;
	}
}
