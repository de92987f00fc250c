package org.mentorship.dsl.formatting2;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;

/** The formatter: filled in by the validation and quick-fix work (one clause per line, indented). */
public class MentorFormatter extends AbstractJavaFormatter {
}
