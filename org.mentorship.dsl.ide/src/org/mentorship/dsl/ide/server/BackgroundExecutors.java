package org.mentorship.dsl.ide.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.xtext.ide.ExecutorServiceProvider;

import com.google.inject.Singleton;

/**
 * The read threads of a server that shares its process with a user interface (the Eclipse workbench): at the
 * lowest Java priority, so that on a busy machine the UI thread gets a core before the server's build or checks
 * do (the write thread is lowered by {@link InProcessRequestManager}). Threads these threads create (the first
 * build's workers, the paused checks' timer) inherit the priority. The JVM maps Java priorities to the operating
 * system's only when started with {@code -XX:ThreadPriorityPolicy=1} (Mentorship Studio's start script, Linux);
 * elsewhere this changes nothing.
 */
@Singleton // one pool per key and server, as Xtext's own provider
public class BackgroundExecutors extends ExecutorServiceProvider {

	private final AtomicInteger created = new AtomicInteger();

	@Override
	protected ExecutorService createInstance(String key) {
		return Executors.newCachedThreadPool(work -> {
			Thread thread = new Thread(work, "mentor-server-" + created.incrementAndGet());
			yieldToTheUi(thread);
			thread.setDaemon(true); // the workbench's exit never waits for a request in progress
			return thread;
		});
	}

	/** Lowers the thread's priority (a system call each time it changes, so only when it would). */
	static void yieldToTheUi(Thread thread) {
		if (thread.getPriority() != Thread.MIN_PRIORITY) {
			thread.setPriority(Thread.MIN_PRIORITY);
		}
	}
}
