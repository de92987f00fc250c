package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Content;
import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Entry;
import org.mentorship.dsl.ide.server.DiagnosticsCacheFile.Key;
import org.mentorship.dsl.parser.SourceText;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The last session's diagnostics, shown at once and then confirmed: a cold server needs seconds to check a big
 * workspace, which users reopen day after day. With the initialization option {@code "cacheFolder"} (a folder the
 * client owns) the server keeps per project folder the diagnostics last published for each file with the hash of its
 * bytes ({@link DiagnosticsCacheFile}). If on start the key (the server's build, today's date) matches and every file
 * of the folder is there with the same hash, and no other, they are published once the client is ready, open documents
 * first (or were already, by {@code mentor lsp}'s {@link EarlyDiagnostics}); the build then publishes only where it
 * finds otherwise. If anything differs nothing cached is shown (a file's findings depend on the others).
 * <p>
 * Written when the builds have settled ({@link #DEBOUNCE} after the last publication) and at shutdown, only from a
 * state with diagnostics for every file, no open document other than its file, and the date the files were checked on.
 */
@Singleton
public class LastSessionDiagnostics {

	static final String OPTION = "cacheFolder";
	static final Duration DEBOUNCE = Duration.ofSeconds(2);
	static final Duration CLIENT_WAIT = Duration.ofSeconds(1);
	private static final Logger LOG = Logger.getLogger(LastSessionDiagnostics.class);
	@Inject
	private UriExtensions uris;
	@Inject
	private OpenedFirst opened;

	private volatile Path folder; // null: no cache
	private volatile Supplier<Key> keyNow;
	/** The key under which every file was last checked in full (a new date or setting checks all again). */
	private volatile Key keyOfFindings;
	private volatile LanguageClient editor;
	private volatile IRequestManager requests;
	private volatile MentorWorkspaceManager workspace;
	private volatile Gson gson;
	private volatile ScheduledExecutorService worker;

	private final Map<URI, ProjectManager> projects = new ConcurrentHashMap<>();
	/** What the editor shows per file (URI as published): the last diagnostics published, as JSON. */
	private final Map<String, JsonArray> shown = new ConcurrentHashMap<>();
	/** The last content read or written per cache file: an unchanged state is not written again. */
	private final Map<Path, Content> onDisk = new ConcurrentHashMap<>();

	// guarded by this: what was published from the cache and not yet confirmed, files a build published, what waits
	private final Map<String, JsonArray> fromCache = new HashMap<>();
	private final Set<String> built = new HashSet<>();
	private final List<Map<String, JsonArray>> verified = new ArrayList<>();
	private boolean clientReady;
	private ScheduledFuture<?> write;

	/** At initialize, the settings applied: the client to publish through (the editor itself without a cache folder). */
	LanguageClient start(InitializeParams params, LanguageClient client, Supplier<LocalDate> today,
			IRequestManager requests, MentorWorkspaceManager workspace) {
		Path cache = InitializationOptions.folder(params, OPTION);
		if (cache == null || client == null) {
			return client;
		}
		this.requests = requests;
		this.workspace = workspace;
		this.editor = client;
		this.gson = new MessageJsonHandler(Map.of()).getGson();
		String server = Key.serverBuild();
		this.keyNow = () -> new Key(server, today.get().toString());
		this.keyOfFindings = keyNow.get();
		this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "mentor-last-session");
			thread.setDaemon(true); // never keeps the server's process alive
			return thread;
		});
		this.folder = cache;
		return PublishingClient.around(client, this::publish);
	}

	/** Every file is checked again (new settings): the findings are those of the key from now on. */
	void fullCheck() {
		if (folder != null) {
			keyOfFindings = keyNow.get();
		}
	}

	/** The client sent initialized: diagnostics may be published. */
	void clientReady() {
		synchronized (this) {
			clientReady = true;
			notifyAll(); // a first build waiting to show the cache first
		}
		if (folder != null) {
			worker.execute(this::publishVerified);
		}
	}

	/**
	 * The first build of a project is about to check these files (the files it found on disk). If the cache holds
	 * their diagnostics they are published first: the build waits, as on a busy machine the build's threads would
	 * otherwise take the cores from the publication it is meant to come before (at most {@link #CLIENT_WAIT} for the
	 * client's initialized; a client that sends it only after the build gets them then). Whether they were shown.
	 */
	boolean beforeFirstBuild(ProjectManager project, List<URI> files) {
		URI base = project.getProjectConfig().getPath(); // the project's folder (what getBaseDir() is set to)
		if (folder == null || base == null) {
			return false; // no cache, or Xtext's project of files outside every folder (no files of its own)
		}
		projects.put(base, project);
		Map<String, JsonArray> cached = verify(base, files);
		Map<String, JsonArray> early = EarlyDiagnostics.takeShown(uris.toUriString(base));
		if (cached == null) {
			return false;
		}
		synchronized (this) {
			if (cached.equals(early)) { // mentor lsp's early start showed them: the build publishes what differs
				fromCache.putAll(early);
				shown.putAll(early);
				return true;
			}
			verified.add(cached);
			try {
				for (long left = CLIENT_WAIT.toMillis(), until = System.currentTimeMillis() + left; !clientReady
						&& left > 0; left = until - System.currentTimeMillis()) {
					wait(left);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			publishVerified();
			return true;
		}
	}

	/** The cached diagnostics of the project, if the cache was made under this key for exactly these files; or null. */
	private Map<String, JsonArray> verify(URI base, List<URI> files) {
		String root = uris.toUriString(base);
		Path file = DiagnosticsCacheFile.of(folder, root);
		Content cached = DiagnosticsCacheFile.read(file, root);
		if (cached == null) {
			LOG.info("No usable diagnostics cache for " + root + " (" + file.getFileName() + ")");
			return null;
		}
		onDisk.put(file, cached);
		return DiagnosticsCacheFile.ifUnchanged(cached, keyOfFindings, files.stream().map(uris::toUriString).toList());
	}

	/** Publishes what was verified once the client is ready: open documents first, none a build has published. */
	private synchronized void publishVerified() {
		if (!clientReady) {
			return;
		}
		for (Map<String, JsonArray> diagnostics : verified) {
			List<String> order = new ArrayList<>();
			opened.documents().forEach(document -> order.add(uris.toUriString(document)));
			order.retainAll(diagnostics.keySet());
			order.addAll(diagnostics.keySet());
			for (String uri : new LinkedHashSet<>(order)) {
				if (!built.contains(uri) && !editedInEditor(uri)) {
					JsonArray cached = diagnostics.get(uri);
					List<Diagnostic> list = new ArrayList<>();
					cached.forEach(diagnostic -> list.add(gson.fromJson(diagnostic, Diagnostic.class)));
					editor.publishDiagnostics(new PublishDiagnosticsParams(uri, list));
					fromCache.put(uri, cached);
					shown.put(uri, cached);
				}
			}
		}
		verified.clear();
	}

	/** An open document whose text in the editor is not its file's: the cached findings are not about that text. */
	private boolean editedInEditor(String uri) {
		String text = opened.textOf(uris.toUri(uri));
		try {
			return text != null && !text.equals(SourceText.lenient(Files.readAllBytes(DiagnosticsCacheFile.path(uri))));
		} catch (IOException | RuntimeException e) {
			return true;
		}
	}

	/** Every publication of the server: a build's result that the editor already shows from the cache is left out. */
	private synchronized void publish(PublishDiagnosticsParams params) {
		JsonArray now;
		try {
			now = gson.toJsonTree(params.getDiagnostics() == null ? List.of() : params.getDiagnostics()).getAsJsonArray();
		} catch (RuntimeException notJson) { // never: but the editor gets its diagnostics whatever the cache does
			editor.publishDiagnostics(params);
			return;
		}
		JsonArray cached = fromCache.remove(params.getUri());
		built.add(params.getUri());
		shown.put(params.getUri(), now);
		if (cached == null || !cached.equals(now)) {
			editor.publishDiagnostics(params);
		}
		if (write != null) {
			write.cancel(false);
		}
		write = worker.schedule(this::writeWhenSettled, DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** A read request: it runs once the builds queued before it are over, and a later build cancels it. */
	private void writeWhenSettled() {
		requests.runRead(cancel -> snapshot()).whenCompleteAsync((states, failure) -> {
			if (failure == null) {
				states.forEach(this::write);
			}
		}, worker);
	}

	/** At shutdown: the state now, if it is written quickly (the editor waits for the answer). */
	void writeNow() {
		if (folder == null || projects.isEmpty()) {
			return;
		}
		try {
			requests.runRead(cancel -> snapshot()).get(1500, TimeUnit.MILLISECONDS).forEach(this::write);
		} catch (Exception notNow) { // a build still under way, or interrupted: the last state written stays
			LOG.info("Diagnostics cache not written at shutdown: " + notNow.getClass().getSimpleName());
		}
	}

	private void write(Path file, Content content) {
		try {
			DiagnosticsCacheFile.write(file, DiagnosticsCacheFile.bytes(content));
			onDisk.put(file, content);
		} catch (IOException | RuntimeException e) {
			LOG.info("Diagnostics cache not written: " + e);
		}
	}

	/** The cache files to write now, each project's files with what the editor shows for them. */
	private Map<Path, Content> snapshot() {
		Map<Path, Content> states = new HashMap<>();
		Key key = keyNow.get();
		if (!key.equals(keyOfFindings) || !workspace.openDocumentsAsOnDisk()) {
			return states; // another day than the files were checked on, or unsaved edits: not the files on disk
		}
		projects.forEach((base, project) -> {
			String root = uris.toUriString(base);
			Map<String, Entry> files = new TreeMap<>();
			try {
				for (IResourceDescription description : project.getIndexState().getResourceDescriptions()
						.getAllResourceDescriptions()) {
					URI uri = description.getURI();
					JsonArray diagnostics = shown.get(uris.toUriString(uri));
					if (diagnostics == null) {
						return; // not yet checked
					}
					byte[] bytes = Files.readAllBytes(DiagnosticsCacheFile.path(uri.toString()));
					files.put(DiagnosticsCacheFile.relative(root, uris.toUriString(uri)),
							new Entry(DiagnosticsCacheFile.sha256(bytes), diagnostics));
				}
			} catch (IOException | RuntimeException gone) {
				return;
			}
			Path file = DiagnosticsCacheFile.of(folder, root);
			Content content = new Content(root, key, files);
			if (!content.equals(onDisk.get(file))) {
				states.put(file, content);
			}
		});
		return states;
	}
}
