package org.mentorship.dsl.tests.editor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.junit.Assert;
import org.junit.Test;

/**
 * The editor's "today" setting (VS Code's mentor.today, Eclipse's preference): this server checks as if today were
 * that date, from initialize on and again after a change, without a restart. The base fixes -Dmentor.today at
 * 2030-02-01, before the milestone due 2030-02-15: only the setting can make it overdue.
 */
public class EditorSettingsLanguageServerTest extends EditorServicesTestBase {

	private List<String> codes(String uri) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		return diagnostics == null ? List.of()
				: diagnostics.stream().map(d -> d.getCode().getLeft()).collect(Collectors.toList());
	}

	@Test
	public void todayFromTheSettingsMakesAMilestoneOverdue() {
		initializeClient(Map.of("today", "2030-03-01"));
		String uri = openFile("a.mentor", AGREEMENT);
		Assert.assertTrue(codes(uri).toString(), codes(uri).contains("mentor.milestone.overdue"));
	}

	@Test
	public void aChangedTodayAppliesWithoutARestart() {
		initializeClient();
		String uri = openFile("a.mentor", AGREEMENT);
		Assert.assertFalse(codes(uri).toString(), codes(uri).contains("mentor.milestone.overdue"));
		server().didChangeConfiguration(new DidChangeConfigurationParams(Map.of("mentor", Map.of("today", "2030-03-01"))));
		Assert.assertTrue(codes(uri).toString(), codes(uri).contains("mentor.milestone.overdue"));
		server().didChangeConfiguration(new DidChangeConfigurationParams(Map.of("mentor", Map.of("today", ""))));
		Assert.assertFalse("empty: back to the real (here: the fixed) date " + codes(uri), codes(uri).contains("mentor.milestone.overdue"));
	}

	@Test
	public void aDateThatCannotBeReadIsIgnoredWithAWarning() {
		initializeClient(Map.of("today", "2030-13-01"));
		String uri = openFile("a.mentor", AGREEMENT);
		Assert.assertFalse(codes(uri).toString(), codes(uri).contains("mentor.milestone.overdue"));
		Assert.assertTrue(String.valueOf(notifications), notifications.stream()
				.anyMatch(n -> String.valueOf(n.getValue()).contains("today: '2030-13-01' is not a date")));
	}
}
