package org.mentorship.dsl.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.mentorship.dsl.ide.MentorIdeSetup;

import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The languages the server knows: only Mentor, under its file extension. What Xtext's
 * ResourceServiceProviderServiceLoader finds through ServiceLoader on a flat class path, given directly, so
 * that a bundle class loader (Eclipse) finds it too.
 */
@Singleton
public class MentorLanguageRegistry implements Provider<IResourceServiceProvider.Registry> {

	public static final String FILE_EXTENSION = "mentor";

	/** The language set up ahead of time ({@link #setUpAhead}), for the first registry that needs one. */
	private static final AtomicReference<CompletableFuture<IResourceServiceProvider>> AHEAD = new AtomicReference<>();

	private IResourceServiceProvider.Registry registry;

	/**
	 * Starts setting up the language (Xtext's injector, EMF's registration: most of a server's start) on a thread
	 * of its own. Nothing of it depends on what the process does meanwhile (LSP4J's launcher, reading the
	 * editor's initialize), so with two cores the two overlap and initialize is answered sooner. `mentor lsp`
	 * calls it first thing; the first registry created afterwards takes the result.
	 */
	public static void setUpAhead() {
		CompletableFuture<IResourceServiceProvider> ahead = new CompletableFuture<>();
		if (AHEAD.compareAndSet(null, ahead)) {
			Thread thread = new Thread(() -> {
				try {
					ahead.complete(setUp());
				} catch (RuntimeException | Error e) {
					ahead.completeExceptionally(e);
				}
			}, "mentor-language-setup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			registry = new ResourceServiceProviderRegistryImpl();
			registry.getExtensionToFactoryMap().put(FILE_EXTENSION, takeAheadOrSetUp());
		}
		return registry;
	}

	private static IResourceServiceProvider takeAheadOrSetUp() {
		CompletableFuture<IResourceServiceProvider> ahead = AHEAD.getAndSet(null);
		if (ahead != null) {
			try {
				return ahead.join();
			} catch (RuntimeException failed) {
				// set up again on this thread, where a failure is reported as it always was
			}
		}
		return setUp();
	}

	private static IResourceServiceProvider setUp() {
		return new MentorIdeSetup().createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class);
	}
}
