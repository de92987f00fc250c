package org.mentorship.dsl.ide.quickfix;

import java.util.Map;

import org.mentorship.dsl.model.JargonRewrites;
import org.mentorship.dsl.validation.IssueCodes;
import org.mentorship.dsl.validation.IssueData;

/** Fixes of PlainLanguageValidator. */
class PlainLanguageFixes implements FixTheme {

	@Override
	public void addTo(Map<String, IssueFix> table) {
		table.put(IssueCodes.JARGON, this::plainWord);
	}

	/**
	 * On the word inside a text. A capital first letter stays capital. Offered only where the plainer
	 * word reads correctly in the sentence ({@link JargonRewrites}): elsewhere the finding has no fix.
	 */
	private void plainWord(FixContext context) {
		IssueData.Jargon jargon = context.data(IssueData.Jargon::decode);
		if (jargon.word().isEmpty() || jargon.plain().isEmpty() || !context.diagnosedText().equalsIgnoreCase(jargon.word())) {
			return;
		}
		String text = context.text();
		int start = context.start();
		JargonRewrites.of(text, start, context.diagnosedText()).ifPresent(r -> context.offer(
				"Say \"" + r.text() + "\" instead of \"" + text.substring(start, start + r.length()) + "\"",
				context.replace(start, r.length(), r.text())));
	}
}
