package org.mentorship.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function1;
import org.eclipse.xtext.xbase.lib.Functions.Function2;
import org.mentorship.dsl.validation.InternalErrors;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager, with every request's failure turned into a proper answer (see RequestErrors):
 * without it a hover past the end of the document was answered -32603 "Internal error", and Xtext and
 * LSP4J logged the exception with its message, which held the whole document. The failure is caught
 * inside the request (Xtext would log it) and handed on as a ResponseErrorException, which LSP4J sends
 * as the answer without logging. Cancellation travels on unchanged.
 */
@Singleton
public class GuardedRequestManager extends RequestManager {

	/** A request's failure, carried out of Xtext's request as a value so that Xtext does not log it. */
	private record Failed(ResponseErrorException error) {
	}

	@Inject
	public GuardedRequestManager(ExecutorService parallel, OperationCanceledManager canceled) {
		super(parallel, canceled);
	}

	@Override
	public synchronized <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> request) {
		return unwrap(super.runRead(cancel -> attempt(() -> request.apply(cancel))));
	}

	@Override
	@SuppressWarnings("unchecked")
	public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> request) {
		return unwrap(super.<Object, Object>runWrite(() -> attempt(nonCancellable::apply),
				(cancel, prepared) -> prepared instanceof Failed ? prepared
						: attempt(() -> request.apply(cancel, (U) prepared))));
	}

	private static Object attempt(Supplier<?> work) {
		try {
			return work.get();
		} catch (Exception | StackOverflowError e) { // Exception: Xtext throws checked ones unchecked ("sneaky")
			if (InternalErrors.mustPropagate(e)) {
				throw e instanceof RuntimeException r ? r : new CompletionException(e);
			}
			return new Failed(RequestErrors.toException(e));
		}
	}

	/** The request's result, or its failure as the exception LSP4J answers with. */
	@SuppressWarnings("unchecked")
	private static <V> CompletableFuture<V> unwrap(CompletableFuture<Object> future) {
		CompletableFuture<V> result = future.thenApply(value -> {
			if (value instanceof Failed failed) {
				throw new CompletionException(failed.error());
			}
			return (V) value;
		});
		// the editor cancels the future it got: pass that on, so that Xtext stops the work
		result.whenComplete((value, problem) -> {
			if (result.isCancelled()) {
				future.cancel(true);
			}
		});
		return result;
	}
}
