package org.mentorship.dsl.ide.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentItem;

import com.google.inject.Singleton;

/**
 * The documents an editor opened while the first build of the workspace runs, so that the build checks them
 * before the others ({@link FirstBuild}). The editor's didOpen waits in the request queue behind that build, so
 * the server notes each one here as it arrives (MentorLanguageServer.didOpen), before it is queued: the user's
 * file then gets its diagnostics without waiting for the other 999.
 * <p>
 * With the text: the build checks the file as it is on disk, so its diagnostics are published early only when
 * the editor shows that same text; otherwise the document's own build, right after, publishes them.
 */
@Singleton
public class OpenedFirst {

	private final Map<URI, String> opened = new ConcurrentHashMap<>();

	private volatile boolean firstBuildDone;

	/** Called on the thread that receives the editor's messages, as each didOpen arrives. */
	public void announce(DidOpenTextDocumentParams params, Function<TextDocumentItem, URI> uriOf) {
		TextDocumentItem document = params == null ? null : params.getTextDocument();
		if (firstBuildDone || document == null || document.getUri() == null || document.getText() == null) {
			return;
		}
		try {
			opened.put(uriOf.apply(document), document.getText());
		} catch (RuntimeException notAUri) {
			// the queued didOpen answers for it as for any other document it cannot serve
		}
	}

	/** The editor's text of a document it opened during the first build, or null. */
	String textOf(URI uri) {
		return opened.get(uri);
	}

	/** The documents opened so far (a snapshot; more may come while the build runs). */
	Iterable<URI> documents() {
		return opened.keySet();
	}

	/** Once initialize's build is over the request queue serves every didOpen in order: nothing more to note. */
	void firstBuildDone() {
		firstBuildDone = true;
		opened.clear();
	}
}
