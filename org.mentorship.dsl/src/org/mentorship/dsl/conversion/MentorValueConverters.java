package org.mentorship.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

/** Value converters of the .mentor language: only quoted text differs from Xtext's defaults. */
public class MentorValueConverters extends DefaultTerminalConverters {

	@Inject
	private QuotedTextConverter quotedText;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return quotedText;
	}
}
