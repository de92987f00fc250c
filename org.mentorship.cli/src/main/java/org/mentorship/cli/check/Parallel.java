package org.mentorship.cli.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** The checkers' one way of spreading work over threads. */
final class Parallel {

	private Parallel() {
	}

	/**
	 * Runs the work for 0..count-1 on up to {@code threads} threads; results in that order. The first item runs on
	 * the calling thread before the others start: Xtext and EMF initialise some of their singletons lazily, on
	 * first use, and not all of them safely from two threads at once.
	 */
	static <R> List<R> map(int threads, int count, IntFunction<R> work) {
		List<R> results = new ArrayList<>(count);
		if (count == 0) {
			return results;
		}
		results.add(work.apply(0));
		if (threads <= 1 || count == 1) {
			for (int i = 1; i < count; i++) {
				results.add(work.apply(i));
			}
			return results;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count - 1));
		try {
			List<Future<R>> futures = new ArrayList<>(count);
			for (int i = 1; i < count; i++) {
				int item = i;
				futures.add(pool.submit(() -> work.apply(item)));
			}
			for (Future<R> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}
}
