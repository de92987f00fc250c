package org.mentorship.dsl.ide.quickfix;

/**
 * The fix of one issue code: offers, through the context, the ways to fix the diagnostic the context
 * holds ({@link FixContext#offer}), the preferred one first, or nothing when the issue has no clear
 * fix in its situation. "A fix is offered" always means "applying it removes the finding".
 */
@FunctionalInterface
interface IssueFix {

	void offer(FixContext context);
}
