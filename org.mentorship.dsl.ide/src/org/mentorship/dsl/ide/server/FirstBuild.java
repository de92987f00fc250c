package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.mentorship.dsl.validation.InternalErrors;

/**
 * The first build of a project on every core, the documents the editor has open first. Xtext's builder loads,
 * links and validates one file after the other, and the file the user opened waits for the files before it.
 * <p>
 * Two phases, one worker per core:
 * <ol>
 * <li>each worker takes the next file not yet taken, parses it into a resource set of its own and notes the names it
 * exports (one thread may be busy meanwhile with a document the editor opened: {@link OpenedEarly});</li>
 * <li>with every exported name known (the index, read-only from here on), each worker links and validates its
 * files and publishes their diagnostics: first any document the editor opened ({@link OpenedFirst}, asked before
 * each file, so a didOpen that arrives during the build is served next), then the rest in order.</li>
 * </ol>
 * Why this is safe: EMF resource sets are not thread-safe, so none is shared: a worker's resource set, and the
 * resources in it, are created and used by that worker only (a reference into another worker's file loads that
 * file again into the worker's own set). What the workers share is only read while they run: the index, the
 * language's services (the command line already parses and validates on all cores with them) and the open
 * documents' texts (written only by the request queue, which waits for this build). Diagnostics are handed to the
 * client one at a time.
 * <p>
 * The result is what Xtext's builder leaves behind (the index with each file's exported names, references and
 * imported names), except that no model stays loaded: each is let go once checked, and later builds load what
 * they need. A file this build
 * cannot handle, and an agreement that must be generated again (see GeneratedBeforeOnly), is left to Xtext's
 * own builder ({@link Outcome#leftToXtext}), which then builds it as before.
 */
final class FirstBuild {

	private static final Logger LOG = Logger.getLogger(FirstBuild.class);

	/** The new index, one delta per file built, and the files for Xtext's builder. */
	record Outcome(ResourceDescriptionsData index, List<IResourceDescription.Delta> deltas, List<URI> leftToXtext) {
	}

	private final ProjectManager project;
	private final IResourceServiceProvider.Registry languages;
	private final Procedure2<? super URI, ? super Iterable<Issue>> diagnostics;
	private final OpenedFirst opened;
	private final CancelIndicator cancel;

	private final Map<URI, IResourceDescription> described = new ConcurrentHashMap<>();
	private final Set<URI> leftToXtext = ConcurrentHashMap.newKeySet();

	/** The files to build (set by run), and how many of them the workers have taken to parse. */
	private List<URI> files = List.of();
	private final AtomicInteger taken = new AtomicInteger();

	FirstBuild(ProjectManager project, IResourceServiceProvider.Registry languages,
			Procedure2<? super URI, ? super Iterable<Issue>> diagnostics, OpenedFirst opened, CancelIndicator cancel) {
		this.project = project;
		this.languages = languages;
		this.diagnostics = diagnostics;
		this.opened = opened;
		this.cancel = cancel;
	}

	/**
	 * Builds the files on `threads` workers (this thread is one of them); with `openedEarly`, a document the editor
	 * opens is checked before the other files are parsed where it can be (not needed when the last session's
	 * diagnostics, still true, were shown: LastSessionDiagnostics).
	 */
	Outcome run(List<URI> files, int threads, boolean openedEarly) {
		List<Worker> workers = new ArrayList<>();
		int n = Math.max(1, Math.min(threads, files.size()));
		for (int i = 0; i < n; i++) {
			workers.add(new Worker(project.createNewResourceSet(new ResourceDescriptionsData(List.of()))));
		}
		this.files = files;
		List<IResourceDescription> exported = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		// the first file on this thread alone: Xtext sets up some of its services on first use (see AgreementChecker)
		workers.get(0).parseNext(exported);
		// while the others parse, this thread checks a document the editor opens against the few files it needs
		OpenedEarly early = openedEarly ? new OpenedEarly(project, languages, files) : null;
		onAll(workers, worker -> worker.parse(exported, worker == workers.get(0) ? early : null));
		long parsed = System.nanoTime();
		ResourceDescriptionsData index = new ResourceDescriptionsData(exported);
		for (Worker worker : workers) {
			ChunkedResourceDescriptions.findInEmfObject(worker.resources)
					.setContainer(project.getProjectDescription().getName(), index);
		}
		workers.get(0).checkNext();
		onAll(workers, Worker::check);
		// in the log of `mentor lsp --log FILE`: where the first build's time goes (docs/benchmarks.md). Only where a log
		// is configured: without an appender log4j 1.2 writes a warning to stderr instead (Studio's terminal)
		if (Logger.getRootLogger().getAllAppenders().hasMoreElements()) {
			LOG.info("First build of " + files.size() + " files of " + project.getBaseDir() + " on " + n + " threads: parsed in "
					+ (parsed - start) / 1_000_000 + " ms, linked and validated in "
					+ (System.nanoTime() - parsed) / 1_000_000 + " ms; left to Xtext's builder: " + leftToXtext.size());
		}
		List<IResourceDescription.Delta> deltas = new ArrayList<>();
		for (URI file : files) {
			IResourceDescription description = described.get(file);
			if (description != null) {
				deltas.add(languages.getResourceServiceProvider(file).getResourceDescriptionManager()
						.createDelta(null, description));
			}
		}
		return new Outcome(new ResourceDescriptionsData(described.values()), deltas, new ArrayList<>(leftToXtext));
	}

	/** The work of one phase on every worker, the first on this thread; returns when all are done. */
	private static void onAll(List<Worker> workers, Consumer<Worker> phase) {
		if (workers.size() == 1) {
			phase.accept(workers.get(0));
			return;
		}
		AtomicInteger number = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(workers.size() - 1, task -> {
			Thread thread = new Thread(task, "mentor-first-build-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> others = new ArrayList<>();
			for (Worker worker : workers.subList(1, workers.size())) {
				others.add(pool.submit(() -> phase.accept(worker)));
			}
			phase.accept(workers.get(0));
			for (Future<?> other : others) {
				other.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The first build was interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/** One core's share of the files, in a resource set used by this worker only. */
	private final class Worker {
		final XtextResourceSet resources;
		final Map<URI, XtextResource> parsed = new LinkedHashMap<>();

		Worker(XtextResourceSet resources) {
			this.resources = resources;
		}

		private final Set<URI> done = new HashSet<>();
		private Iterator<URI> inOrder;

		/** Phase 1: parse each file and note the names it exports; with `early`, a document opened meanwhile first. */
		void parse(List<IResourceDescription> exported, OpenedEarly early) {
			do {
				if (early != null) {
					early.checkNewlyOpened(opened, () -> taken.get() < files.size(), FirstBuild.this::publish, cancel);
				}
			} while (parseNext(exported));
		}

		boolean parseNext(List<IResourceDescription> exported) {
			int next = taken.getAndIncrement();
			if (next >= files.size()) {
				return false;
			}
			URI file = files.get(next);
			try {
				Resource resource = resources.getResource(file, true);
				if (resource instanceof XtextResource xtext) {
					exported.add(new ResolvedResourceDescription(
							language(xtext).getResourceDescriptionManager().getResourceDescription(xtext)));
					parsed.put(file, xtext);
				} else {
					leftToXtext.add(file);
				}
			} catch (RuntimeException | StackOverflowError e) {
				mustPropagate(e);
				leftToXtext.add(file); // Xtext's builder meets the same problem and reports it its way
			}
			return true;
		}

		/** Phase 2: link, validate and publish each file, a document open in the editor first. */
		void check() {
			while (checkNext()) {
				// next file
			}
		}

		boolean checkNext() {
			if (inOrder == null) {
				inOrder = parsed.keySet().iterator();
			}
			URI next = nextOpened(done);
			while (next == null && inOrder.hasNext()) {
				URI candidate = inOrder.next();
				next = done.contains(candidate) ? null : candidate;
			}
			if (next == null) {
				return false;
			}
			done.add(next);
			check(next, parsed.get(next));
			return true;
		}

		private URI nextOpened(Set<URI> done) {
			for (URI document : opened.documents()) {
				if (parsed.containsKey(document) && !done.contains(document)) {
					return document;
				}
			}
			return null;
		}

		private void check(URI file, XtextResource resource) {
			try {
				IResourceServiceProvider language = language(resource);
				List<Issue> issues = language.getResourceValidator().validate(resource, CheckMode.ALL, cancel);
				described.put(file, SerializableResourceDescription
						.createCopy(language.getResourceDescriptionManager().getResourceDescription(resource)));
				String editorText = opened.textOf(file);
				if (editorText == null || editorText.equals(resource.getParseResult().getRootNode().getText())) {
					publish(file, issues);
				}
				if (language.get(IShouldGenerate.class).shouldGenerate(resource, cancel)) {
					leftToXtext.add(file); // Xtext's builder generates it and keeps track of the files written
				}
				// what other files need of it is in the index now: letting the model go keeps the heap from growing
				// through the build (a later file that links to it loads it again)
				parsed.replace(file, null);
				resources.getResources().remove(resource);
				resource.unload();
			} catch (RuntimeException | StackOverflowError e) {
				mustPropagate(e);
				described.remove(file);
				leftToXtext.add(file);
			}
		}
	}

	private IResourceServiceProvider language(XtextResource resource) {
		return Languages.of(resource, languages);
	}

	/** One file's diagnostics at a time: the client is called as Xtext calls it, never from two threads at once. */
	private synchronized void publish(URI file, Iterable<Issue> issues) {
		diagnostics.apply(file, issues);
	}

	private static void mustPropagate(Throwable e) {
		if (InternalErrors.mustPropagate(e)) {
			throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
		}
	}
}
