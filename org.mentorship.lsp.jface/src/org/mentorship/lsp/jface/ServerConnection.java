package org.mentorship.lsp.jface;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.services.LanguageServer;
import org.mentorship.lsp.jface.diagnostics.DiagnosticMarkers;
import org.mentorship.lsp.jface.sync.DocumentSync;
import org.mentorship.lsp.jface.sync.WatchedFiles;

/**
 * One language server for the workbench. Everything sent to it goes through one queue (one thread), in the
 * order it was sent: a request made after an edit sees the edit, and nobody ever waits for the server on the
 * UI thread (callers get futures and come back to the display with {@code asyncExec}). The server is started
 * on that queue the first time something is sent, then initialized with the open projects as workspace
 * folders; from then on the documents of its content type are kept in sync ({@link DocumentSync},
 * {@link WatchedFiles}) and its diagnostics become markers ({@link DiagnosticMarkers}).
 */
public final class ServerConnection {

	private final String id;
	private final String label;
	private final IContentType contentType;
	private final IConfigurationElement factoryElement;
	private final ExecutorService queue;
	private final DiagnosticMarkers markers;
	private final List<BiConsumer<String, List<Diagnostic>>> diagnosticsListeners = new CopyOnWriteArrayList<>();
	private DocumentSync documents;
	private WatchedFiles files;
	/** Touched on the queue thread only. */
	private LanguageServer server;
	private RuntimeException failure;
	private volatile Thread queueThread;
	private volatile ServerCapabilities capabilities;

	ServerConnection(String id, String label, String contentTypeId, IConfigurationElement factoryElement) {
		this.id = id;
		this.label = label == null ? id : label;
		this.contentType = Platform.getContentTypeManager().getContentType(contentTypeId);
		if (contentType == null) {
			throw new IllegalArgumentException("unknown content type " + contentTypeId);
		}
		this.factoryElement = factoryElement;
		this.markers = new DiagnosticMarkers(this); // after the label: its job is named by it
		this.queue = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "Language server " + this.label);
			thread.setDaemon(true);
			// an in-process server yields to the UI thread on a busy machine (with -XX:ThreadPriorityPolicy=1)
			thread.setPriority(Thread.MIN_PRIORITY);
			queueThread = thread;
			return thread;
		});
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public IContentType contentType() {
		return contentType;
	}

	public boolean serves(IContentType type) {
		return type != null && type.isKindOf(contentType);
	}

	/** The server's capabilities once it has answered {@code initialize}, else null. */
	public ServerCapabilities capabilities() {
		return capabilities;
	}

	public DiagnosticMarkers markers() {
		return markers;
	}

	/** Starts the server now (in the background) if it is not running. */
	public void start() {
		submit(() -> {
			try {
				server();
			} catch (RuntimeException e) {
				// logged when it failed; requests report it to their callers
			}
		});
	}

	/** Queues work for the server; nothing once it is stopped (the workbench is closing). */
	private void submit(Runnable work) {
		try {
			queue.execute(work);
		} catch (RejectedExecutionException stopped) {
			// stopped meanwhile: nothing is sent any more
		}
	}

	/** Sends a notification, in order with everything else sent. */
	public void notify(Consumer<LanguageServer> notification) {
		if (Thread.currentThread() == queueThread) { // sent while starting (didOpen of the open documents): now
			notification.accept(server);
			return;
		}
		submit(() -> {
			try {
				notification.accept(server());
			} catch (RuntimeException e) {
				if (!isStopped()) { // while the workbench closes, what is still queued has nobody to tell
					log("A notification to the language server failed", e);
				}
			}
		});
	}

	/** Sends a request, in order with everything else sent; the answer arrives on a server thread. */
	public <T> CompletableFuture<T> request(Function<LanguageServer, CompletableFuture<T>> request) {
		try {
			return CompletableFuture.supplyAsync(() -> request.apply(server()), queue).thenCompose(Function.identity());
		} catch (RejectedExecutionException stopped) { // the workbench is closing: no answer will come
			return CompletableFuture.failedFuture(new CancellationException("The language server " + label + " has stopped"));
		}
	}

	/**
	 * Sends changed settings ({@code workspace/didChangeConfiguration}) to a running server; a server not started
	 * yet gets the settings of the moment in its {@code initialize} ({@link ServerFactory#initializationOptions}).
	 */
	public void changeConfiguration(Object settings) {
		if (isStopped()) {
			return;
		}
		submit(() -> {
			if (server != null) {
				try {
					server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
				} catch (RuntimeException e) {
					log("The language server did not take the new settings", e);
				}
			}
		});
	}

	/** Called with each publication of diagnostics (the server has processed a new version of that file). */
	public void onDiagnostics(BiConsumer<String, List<Diagnostic>> listener) {
		diagnosticsListeners.add(listener);
	}

	public void removeDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
		diagnosticsListeners.remove(listener);
	}

	void diagnostics(String uri, List<Diagnostic> diagnostics) {
		markers.update(uri, diagnostics);
		for (BiConsumer<String, List<Diagnostic>> listener : diagnosticsListeners) {
			try {
				listener.accept(uri, diagnostics);
			} catch (RuntimeException e) {
				log("A diagnostics listener failed", e);
			}
		}
	}

	public DocumentSync documents() {
		return documents;
	}

	private LanguageServer server() {
		if (server == null && failure == null && isStopped()) {
			// a request queued while the workbench closed: the server was stopped on purpose, not to be started again
			throw new IllegalStateException("The language server " + label + " has stopped");
		}
		if (server == null && failure == null) {
			try {
				ServerFactory factory = (ServerFactory) factoryElement.createExecutableExtension("class");
				files = new WatchedFiles(this);
				files.listen(); // before initialize reads the folders: nothing saved meanwhile is missed
				LanguageServer started = factory.start(new EclipseLanguageClient(this));
				org.eclipse.lsp4j.InitializeParams params = InitializeRequest.create(label);
				params.setInitializationOptions(factory.initializationOptions());
				InitializeResult result = started.initialize(params).get(120, TimeUnit.SECONDS);
				capabilities = result.getCapabilities();
				started.initialized(new org.eclipse.lsp4j.InitializedParams());
				server = started;
				documents = new DocumentSync(this);
				documents.start();
				files.start(params.getWorkspaceFolders());
			} catch (CoreException | RuntimeException | java.util.concurrent.ExecutionException
					| java.util.concurrent.TimeoutException e) {
				stopWatching();
				failure = new IllegalStateException("The language server " + label + " did not start: " + e.getMessage(), e);
				log("The language server did not start", e);
			} catch (InterruptedException e) {
				stopWatching();
				Thread.currentThread().interrupt();
				failure = new IllegalStateException("interrupted");
			}
		}
		if (server == null) {
			throw failure;
		}
		return server;
	}

	/** A server that did not start hears of no more changes. */
	private void stopWatching() {
		if (files != null) {
			files.stop();
		}
	}

	/** True once {@link #stop()} was called: requests are no longer accepted. */
	public boolean isStopped() {
		return queue.isShutdown();
	}

	void stop() {
		if (isStopped()) {
			return;
		}
		if (documents != null) {
			documents.stop();
		}
		if (files != null) {
			files.stop();
		}
		queue.execute(() -> {
			if (server != null) {
				try {
					server.shutdown().get(5, TimeUnit.SECONDS);
				} catch (Exception e) {
					// stopping anyway
				}
				server.exit();
				server = null;
			}
		});
		queue.shutdown();
	}

	public void log(String message, Throwable e) {
		ILog.of(ServerConnection.class).error(label + ": " + message, e);
	}
}
