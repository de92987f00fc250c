package org.mentorship.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.TextEdit;

/**
 * One way to fix one diagnostic: what a user sees (the label) and the edits of the text the
 * diagnostic was reported on. The first offer of a fix that {@link #mayBePreferred() may be
 * preferred} is the preferred one: the one an editor marks, and the one mentor fix applies.
 */
public record FixOffer(String label, List<TextEdit> edits) {

	/** The start of the label of the fix that declares a new party: never preferred, never applied by mentor fix. */
	public static final String DECLARE_PARTY = "Declare a new party ";

	/** The end of the label of a fix that picks one of several close names. */
	static final String ONE_OF_SEVERAL = " close names)";

	public FixOffer {
		edits = List.copyOf(edits);
	}

	/**
	 * Whether this fix may be the preferred one: not one that declares a new party (it invents a
	 * person), nor one of several close names (which one is meant is a guess).
	 */
	public boolean mayBePreferred() {
		return !label.startsWith(DECLARE_PARTY) && !label.endsWith(ONE_OF_SEVERAL);
	}
}
