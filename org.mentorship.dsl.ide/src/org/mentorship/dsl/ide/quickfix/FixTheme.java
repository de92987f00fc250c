package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

/**
 * The fixes of one theme of rules, mirroring validation/ in org.mentorship.dsl (GoalFixes for
 * GoalValidator, ...): which issue code each of its fixes handles. {@link FixTable} collects them.
 */
interface FixTheme {

	/** Puts each of this theme's fixes under the issue code it fixes. */
	void addTo(Map<String, IssueFix> table);
}
