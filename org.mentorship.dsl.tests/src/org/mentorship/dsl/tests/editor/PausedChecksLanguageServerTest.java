package org.mentorship.dsl.tests.editor;

import org.junit.Assert;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.util.Modules2;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;
import org.mentorship.dsl.ide.server.MentorServerModule;
import org.mentorship.dsl.ide.server.PausedChecks;
import org.mentorship.dsl.validation.IssueCodes;

import com.google.inject.Module;
import com.google.inject.name.Names;

/**
 * What the editor shows while the user types (PausedChecks): after a keystroke the fast checks (every error)
 * at once, and the checks of the whole text (plain language, printed length, placeholders) after a pause or
 * on save; the findings of those stay shown while typing, moved with the text, and every result set is
 * published once. The server runs with its own request manager (requests on its threads, as in an editor),
 * not the test base's direct one.
 */
public class PausedChecksLanguageServerTest extends EditorServicesTestBase {

	/** The pause of these tests; the save test's never ends, so what it sees comes from the save. */
	private static final Duration PAUSE = Duration.ofMillis(400);

	/** How long a publish may take to arrive on a loaded machine. */
	private static final long ARRIVES_WITHIN_MS = 20_000;

	@Rule
	public TestName test = new TestName();

	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	@Override
	protected Module getServerModule() {
		Duration pause = test.getMethodName().contains("Save") ? PausedChecks.NEVER : PAUSE;
		return Modules2.mixin(new MentorServerModule(),
				binder -> binder.bind(Duration.class).annotatedWith(Names.named(PausedChecks.PAUSE)).toInstance(pause));
	}

	@Override
	public void notify(String method, Object parameter) {
		super.notify(method, parameter);
		if (parameter instanceof PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
		}
	}

	@Test
	public void anErrorShowsAtOnceAndJargonAfterThePause() throws Exception {
		String uri = opened(AGREEMENT);
		String text = AGREEMENT.replace("2030-02-15", "2030-02-30").replace("lead design reviews", "touch base on design reviews");
		type(uri, 2, AGREEMENT, text);

		List<String> fast = codes(next(uri));
		assertTrue("the impossible date at once: " + fast, fast.contains(IssueCodes.DATE_FORMAT));
		assertTrue("jargon waits for the pause: " + fast, !fast.contains(IssueCodes.JARGON));

		List<String> full = codes(next(uri));
		assertTrue("after the pause, the date and the jargon: " + full,
				full.contains(IssueCodes.DATE_FORMAT) && full.contains(IssueCodes.JARGON));
		assertNull("one publish per result set", published.poll(PAUSE.toMillis() * 3, TimeUnit.MILLISECONDS));
	}

	@Test
	public void jargonShownStaysWhileTypingAndMovesWithItsText() throws Exception {
		String before = AGREEMENT.replace("lead design reviews", "touch base on design reviews");
		String uri = opened(before);
		Assert.assertEquals("the jargon of the opened text", range(at(before, "touch base", 0)), jargonRange(diagnosticsOf(uri)));

		String after = before.replace("purpose \"", "\npurpose \"Together: ");
		type(uri, 2, before, after);
		List<Diagnostic> typed = next(uri).getDiagnostics();
		Assert.assertEquals("the jargon still shown, where it now is", range(at(after, "touch base", 0)), jargonRange(typed));
		assertNull("the pause finds the same: nothing more published",
				published.poll(PAUSE.toMillis() * 3, TimeUnit.MILLISECONDS));
	}

	@Test
	public void aSaveChecksEverythingAtOnce() throws Exception {
		String uri = opened(AGREEMENT);
		String text = AGREEMENT.replace("lead design reviews", "touch base on design reviews");
		type(uri, 2, AGREEMENT, text);
		assertTrue("no jargon while typing", !codes(next(uri)).contains(IssueCodes.JARGON));

		server().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		assertTrue("the jargon on save", codes(next(uri)).contains(IssueCodes.JARGON));
	}

	private String opened(String text) throws InterruptedException {
		initializeClient();
		String uri = openFile("typing.mentor", text);
		next(uri);
		return uri;
	}

	/** One keystroke's change as an editor sends it: the range that differs, replaced. */
	private void type(String uri, int version, String before, String after) {
		int start = 0;
		while (before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int end = 0;
		while (before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		Range range = new Range(at(before, start), at(before, before.length() - end));
		server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(range, after.substring(start, after.length() - end)))));
	}

	private static Position at(String text, int offset) {
		String before = text.substring(0, offset);
		return new Position((int) before.chars().filter(c -> c == '\n').count(), offset - before.lastIndexOf('\n') - 1);
	}

	private PublishDiagnosticsParams next(String uri) throws InterruptedException {
		PublishDiagnosticsParams next = published.poll(ARRIVES_WITHIN_MS, TimeUnit.MILLISECONDS);
		assertNotNull("diagnostics published", next);
		Assert.assertEquals(uri, next.getUri());
		return next;
	}

	private List<Diagnostic> diagnosticsOf(String uri) {
		return getDiagnostics().get(uri);
	}

	private static List<String> codes(PublishDiagnosticsParams published) {
		return published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).collect(Collectors.toList());
	}

	/** The range of the ten characters of "touch base" from the position. */
	private static String range(Position start) {
		return start.getLine() + ":" + start.getCharacter() + "-" + start.getLine() + ":" + (start.getCharacter() + 10);
	}

	private static String jargonRange(List<Diagnostic> diagnostics) {
		Range range = diagnostics.stream().filter(d -> IssueCodes.JARGON.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no jargon in " + diagnostics)).getRange();
		return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
				+ range.getEnd().getCharacter();
	}
}
