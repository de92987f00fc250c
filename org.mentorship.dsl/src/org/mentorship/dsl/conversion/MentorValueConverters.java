package org.mentorship.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value converters of the .mentor language: quoted text, and names that may be escaped with ^.
 *
 * One per injector, as Xtext's own DefaultTerminalConverters (its @Singleton is not inherited): a new instance finds
 * its converters by walking the whole grammar on first use, and every resource, parser and linker asked for one, a
 * third of the CPU time of `mentor validate` on a folder (docs/benchmarks-history.md, "Issue 13, command line").
 */
@Singleton
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
