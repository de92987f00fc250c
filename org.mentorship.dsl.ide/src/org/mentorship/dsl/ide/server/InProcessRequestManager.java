package org.mentorship.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The request manager of a server in a process with a user interface: Xtext's write queue (edits, builds) makes
 * its own thread at the normal priority, so that thread lowers itself on its first write, as the read threads
 * are made low ({@link BackgroundExecutors}).
 */
@Singleton
public class InProcessRequestManager extends GuardedRequestManager {

	@Inject
	public InProcessRequestManager(ExecutorService parallel, OperationCanceledManager canceled) {
		super(parallel, canceled);
	}

	@Override
	public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> request) {
		return super.runWrite(() -> {
			BackgroundExecutors.yieldToTheUi(Thread.currentThread());
			return nonCancellable.apply();
		}, request);
	}
}
