package org.mentorship.dsl.tests.editor;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.junit.After;
import org.junit.Before;
import org.mentorship.dsl.ide.server.MentorServerModule;
import org.mentorship.dsl.ide.server.PausedChecks;
import org.mentorship.dsl.model.Today;

import com.google.inject.Module;
import com.google.inject.name.Names;

/**
 * The real language server (with {@link MentorServerModule}, as `mentor lsp` starts it), a
 * client that announces hierarchical symbols, folding and commands, and "today" fixed at
 * {@link #TODAY} through {@link Today#PROPERTY}.
 */
public abstract class EditorServicesTestBase extends AbstractLanguageServerTest {

	static final String TODAY = "2030-02-01";

	/** A complete agreement; dates in 2030. Line numbers are used by the tests. */
	static final String AGREEMENT = """
			// Ada and Grace
			agreement ada-grace "Growing into a tech lead"
			  from 2030-01-07 to 2030-06-28
			  time zone "Europe/Berlin"

			purpose "Grace wants to lead design reviews
			  by the summer."

			mentor ada "Ada Lovelace" email "ada@example.org"
			mentee grace "Grace Hopper" email "grace@example.org"

			goal reviews "Lead three design reviews"
			  milestone "Shadow a review" due 2030-02-15
			  milestone lead-one "Lead one review" due 2030-04-30
			  evidence "review notes" from grace
			  success at least 3 "reviews led"

			cadence
			  biweekly on Tuesday at 10:00 for 60 minutes by video

			boundaries
			  reply within 2 working days on "e-mail"

			check-in on 2030-04-01 "Halfway: are the goals still right?" about reviews

			sign-off
			  ada signed on 2030-01-07
			  grace signed on 2030-01-07

			review on 2030-06-01
			""";

	private String previousToday;

	protected EditorServicesTestBase() {
		super("mentor");
	}

	@Before
	public void fixToday() {
		previousToday = System.getProperty(Today.PROPERTY);
		System.setProperty(Today.PROPERTY, TODAY);
	}

	@After
	public void restoreToday() {
		Today.fix(null); // a test's editor setting must not reach the next test
		if (previousToday == null) {
			System.clearProperty(Today.PROPERTY);
		} else {
			System.setProperty(Today.PROPERTY, previousToday);
		}
	}

	/**
	 * Requests run on the test's thread (the direct request manager), so the checks after a pause in typing
	 * (PausedChecks), which the server starts from a timer, never run here: they would run beside the test.
	 * PausedChecksLanguageServerTest tests them with the server's own request manager.
	 */
	@Override
	protected Module getServerModule() {
		return Modules2.mixin(new MentorServerModule(), binder -> {
			binder.bind(IRequestManager.class).to(AbstractLanguageServerTest.DirectRequestManager.class);
			binder.bind(Duration.class).annotatedWith(Names.named(PausedChecks.PAUSE)).toInstance(PausedChecks.NEVER);
		});
	}

	protected InitializeResult initializeClient() {
		return initializeClient(null);
	}

	/** With the editor's settings as initializationOptions (see EditorSettings). */
	protected InitializeResult initializeClient(Object settings) {
		return initialize(params -> {
			params.setInitializationOptions(settings);
			ClientCapabilities capabilities = params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
			TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			text.setDocumentSymbol(symbols);
			text.setFoldingRange(new FoldingRangeCapabilities());
			capabilities.setTextDocument(text);
			if (capabilities.getWorkspace() == null) {
				capabilities.setWorkspace(new WorkspaceClientCapabilities());
			}
			capabilities.getWorkspace().setExecuteCommand(new ExecuteCommandCapabilities());
			params.setCapabilities(capabilities);
		});
	}

	protected LanguageServerImpl server() {
		return languageServer;
	}

	/** Writes and opens a file (the server must be initialized). */
	protected String openFile(String name, String text) {
		String uri = writeFile(name, text);
		open(uri, text);
		return uri;
	}

	/** The position of the n-th (from 0) occurrence of {@code marker} in {@code text}, plus {@code shift} characters. */
	static Position at(String text, String marker, int shift) {
		int offset = text.indexOf(marker);
		if (offset < 0) {
			throw new IllegalArgumentException("not in the text: " + marker);
		}
		offset += shift;
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - before.lastIndexOf('\n') - 1);
	}

	/** One line per symbol: indentation for depth, name, kind, detail. */
	static String outline(List<DocumentSymbol> symbols) {
		StringBuilder out = new StringBuilder();
		outline(symbols, "", out);
		return out.toString();
	}

	private static void outline(List<DocumentSymbol> symbols, String indent, StringBuilder out) {
		for (DocumentSymbol s : symbols) {
			out.append(indent).append(s.getName()).append(" : ").append(s.getKind())
					.append(s.getDetail() == null || s.getDetail().isEmpty() ? "" : " (" + s.getDetail() + ")")
					.append(" @").append(s.getRange().getStart().getLine()).append('-').append(s.getRange().getEnd().getLine())
					.append('\n');
			if (s.getChildren() != null) {
				outline(s.getChildren(), indent + "  ", out);
			}
		}
	}

	static String lines(List<String> lines) {
		return lines.stream().collect(Collectors.joining("\n"));
	}
}
