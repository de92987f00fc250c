package org.mentorship.dsl.ide.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;

/**
 * Xtext answers {@code initialize} only after it has built the whole workspace: 5 to 8 s for 1,000 agreements,
 * during which an editor shows nothing. A client that sends the initialization option
 * {@code "buildAfterInitialize": true} (the VS Code extension does) gets the answer at once; the build still
 * runs first in the server's request queue, so every later request and notification waits for it, as it
 * waited for the answer before. Without the option nothing changes (Xtext's tests, the Eclipse editor and
 * other clients rely on a built workspace once initialize has answered).
 */
final class BuildAfterInitialize {

	static final String OPTION = "buildAfterInitialize";

	private static final Logger LOG = Logger.getLogger(BuildAfterInitialize.class);

	private BuildAfterInitialize() {
	}

	static boolean requested(InitializeParams params) {
		return InitializationOptions.flag(params, OPTION);
	}

	/** The answer now; a failure of the build goes to the log, as the client no longer waits for it. */
	static CompletableFuture<InitializeResult> answerNow(CompletableFuture<InitializeResult> build,
			ServerCapabilities capabilities) {
		build.whenComplete((result, failure) -> {
			// a didOpen during the build cancels the request's result (Xtext's runWrite cancels every earlier
			// request), not the build: Xtext runs that part of a write to its end whatever comes
			if (failure != null && !(failure instanceof CancellationException)
					&& !(failure.getCause() instanceof CancellationException)) {
				LOG.error("The first build of the workspace failed", failure);
			}
		});
		return CompletableFuture.completedFuture(new InitializeResult(capabilities));
	}
}
