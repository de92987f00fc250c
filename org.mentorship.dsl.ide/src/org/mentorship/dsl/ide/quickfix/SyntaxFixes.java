package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/**
 * Fixes of the syntax errors that have one likely correction (FriendlySyntaxErrors in org.mentorship.dsl), and of the
 * dates and times written in another notation (DataTypeValidator).
 */
class SyntaxFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.SYNTAX, this::correctSyntax);
		// a date or time written another way that reads only one way: "April 15, 2027" is 2027-04-15, 9.30 is 09:30
		table.put(IssueCodes.DATE_FORMAT, this::correctSyntax);
		table.put(IssueCodes.TIME_FORMAT, this::correctSyntax);
	}

	/**
	 * The replacement, for the text it replaces, which contains the error's word or ends right before it:
	 * 'cadance' by cadence, '45 mins' by minutes, 8pm by 20:00, 'Ward 7' by "Ward 7", fortnightly by biweekly.
	 */
	private void correctSyntax(FixContext context) {
		IssueData.SyntaxCorrection correction = context.data(IssueData.SyntaxCorrection::decode);
		String replacement = correction.replacement();
		String original = correction.original();
		if (replacement.isEmpty() || original.isEmpty()) {
			return;
		}
		int start = context.start();
		String text = context.text();
		int at = text.lastIndexOf(original, start);
		// the error's word is in the original, or the original is the word before it ("cadence fortnightly on")
		boolean touches = at >= 0 && (at + original.length() > start
				|| text.substring(at + original.length(), start).chars().allMatch(c -> c == ' ' || c == '\t'));
		if (!touches) {
			return;
		}
		context.offer("Write " + replacement + " instead of " + original, context.replace(at, original.length(), replacement));
	}
}
