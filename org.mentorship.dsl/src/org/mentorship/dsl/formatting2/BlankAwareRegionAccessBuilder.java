package org.mentorship.dsl.formatting2;

import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.formatting2.regionaccess.internal.NodeModelBasedRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's region access, with the blanks of the WS terminal taken as whitespace. Xtext takes a hidden token with any
 * character that is not {@link Character#isWhitespace} for a comment, so a no-break space pasted from a word
 * processor ("mentor&#160;tom", which the language reads as a blank) stayed in the text and got a space on either
 * side ("mentor &#160; tom"). Bound in MentorRuntimeModule: used by {@code FileFormatter} and the language server.
 */
public class BlankAwareRegionAccessBuilder extends TextRegionAccessBuilder {

	private NodeModelBasedRegionAccessBuilder fromNodeModel;

	@Override
	public TextRegionAccessBuilder forNodeModel(XtextResource resource) {
		fromNodeModel = new NodeModelBasedRegionAccessBuilder() {
			@Override
			protected boolean isComment(ILeafNode leaf) {
				return !Layout.BLANKS.matcher(leaf.getText()).matches() && super.isComment(leaf);
			}
		}.withResource(resource);
		return this;
	}

	@Override
	public ITextRegionAccess create() {
		return fromNodeModel != null ? fromNodeModel.create() : super.create();
	}
}
