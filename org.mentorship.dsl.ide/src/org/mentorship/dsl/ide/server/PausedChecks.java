package org.mentorship.dsl.ide.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;

/**
 * While the user types in an open document, the server checks only what a keystroke needs: syntax, names and
 * the rules of type {@link CheckType#FAST} (every error). The checks that need not follow every keystroke
 * (plain language, printed length, placeholders: {@code @Check(CheckType.NORMAL)} in their validators) run
 * when typing stops for {@link #DEFAULT_PAUSE}, on save, on open and whenever another file's change checks
 * the document again; then the server publishes the full set, the same as {@code mentor validate} reports.
 * <p>
 * One publish per result set, and nothing shown disappears only to come back: the fast publish of a keystroke
 * carries the earlier findings of the paused checks along, moved with the text ({@link IssuesAfterEdit}),
 * and the publish after the pause is left out when it would show the same findings.
 */
@Singleton
public class PausedChecks {

	/** The name of the pause's binding, for a test that needs its own. */
	public static final String PAUSE = "mentor.pausedChecks.pause";

	/** Long enough to fall between keystrokes of a word, short enough to follow a finished sentence. */
	public static final Duration DEFAULT_PAUSE = Duration.ofMillis(500);

	/** A pause that never ends: the checks of the whole text then run on open and save only (for tests). */
	public static final Duration NEVER = Duration.ofDays(365);

	/** Where the full set goes after a pause: the editor (see MentorLanguageServer.connect). */
	public interface Publisher {
		void publish(URI uri, List<Issue> issues);
	}

	/** What the editor shows for an open document: the findings of the text as it is, split by when they run. */
	private record Shown(String text, List<Issue> fast, List<Issue> paused) {

		List<Issue> all() {
			List<Issue> all = new ArrayList<>(fast);
			all.addAll(paused);
			return all;
		}
	}

	@Inject(optional = true)
	@Named(PAUSE)
	private Duration pause = DEFAULT_PAUSE;

	private final Set<URI> open = ConcurrentHashMap.newKeySet();
	/** The open documents whose next build follows a keystroke, with their text. */
	private final Map<URI, String> typedSinceBuild = new ConcurrentHashMap<>();
	private final Map<URI, Shown> shown = new ConcurrentHashMap<>();
	private final Map<URI, ScheduledFuture<?>> waiting = new ConcurrentHashMap<>();
	private volatile ScheduledThreadPoolExecutor timer;

	private volatile IRequestManager requests;
	private volatile WorkspaceManager workspace;
	private volatile Publisher publisher;

	/** Until connected (a server without an editor to publish to), every build checks everything. */
	public void connect(IRequestManager requests, WorkspaceManager workspace, Publisher publisher) {
		this.requests = requests;
		this.workspace = workspace;
		this.publisher = publisher;
	}

	void opened(URI uri) {
		open.add(uri);
		typedSinceBuild.remove(uri);
	}

	/** The next build of the document follows a keystroke that made this text (see MentorWorkspaceManager). */
	void typed(URI uri, String text) {
		if (open.contains(uri)) {
			typedSinceBuild.put(uri, text);
		}
	}

	/** Saved, changed on disk, or opened: the next build checks everything. */
	void changed(Collection<URI> uris) {
		uris.forEach(typedSinceBuild::remove);
	}

	/** The text a keystroke made, if the build under way follows one: the builder may then reparse in place. */
	String typedText(URI uri) {
		return typedSinceBuild.get(uri);
	}

	void closed(URI uri) {
		open.remove(uri);
		typedSinceBuild.remove(uri);
		shown.remove(uri);
		stopWaiting(uri);
	}

	/** What the builder checks in this build of the file: only the fast checks when it follows a keystroke. */
	CheckMode modeFor(URI uri) {
		return typedSinceBuild.remove(uri) != null && publisher != null ? CheckMode.FAST_ONLY : CheckMode.ALL;
	}

	/** What the builder publishes for the file checked with {@code mode}: with a fast check, the paused findings carried along. */
	List<Issue> toPublish(URI uri, String text, CheckMode mode, List<Issue> issues) {
		if (text == null || !open.contains(uri)) {
			return issues; // files not open are checked in full, and nothing of them is kept
		}
		if (mode != CheckMode.FAST_ONLY) {
			stopWaiting(uri);
			shown.put(uri, split(text, issues));
			return issues;
		}
		Shown before = shown.get(uri);
		List<Issue> carried = before == null ? List.of() : IssuesAfterEdit.moved(before.paused(), before.text(), text);
		Shown now = new Shown(text, issues, carried);
		shown.put(uri, now);
		waitForPause(uri);
		return now.all();
	}

	private static Shown split(String text, List<Issue> issues) {
		List<Issue> fast = new ArrayList<>();
		List<Issue> paused = new ArrayList<>();
		for (Issue issue : issues) {
			(issue.getType() == null || issue.getType() == CheckType.FAST ? fast : paused).add(issue);
		}
		return new Shown(text, fast, paused);
	}

	private void waitForPause(URI uri) {
		if (pause.compareTo(NEVER) >= 0) {
			return;
		}
		ScheduledFuture<?> previous = waiting.put(uri,
				timer().schedule(() -> afterPause(uri), pause.toMillis(), TimeUnit.MILLISECONDS));
		if (previous != null) {
			previous.cancel(false);
		}
	}

	private void stopWaiting(URI uri) {
		ScheduledFuture<?> previous = waiting.remove(uri);
		if (previous != null) {
			previous.cancel(false);
		}
	}

	/** A read, not a build: requests go on beside it, and the next keystroke's build cancels it. */
	private void afterPause(URI uri) {
		requests.runRead(cancel -> workspace.doRead(uri, (document, resource) -> checkAll(uri, resource, cancel)));
	}

	private Void checkAll(URI uri, XtextResource resource, CancelIndicator cancel) {
		Shown before = shown.get(uri);
		String text = resource == null || resource.getParseResult() == null ? null
				: resource.getParseResult().getRootNode().getText();
		if (before == null || text == null || !open.contains(uri) || !text.equals(before.text())) {
			return null; // closed, or changed since: that change waits for its own pause
		}
		List<Issue> all = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, cancel);
		if (cancel.isCanceled()) {
			return null;
		}
		shown.put(uri, split(text, all));
		if (!sameFindings(all, before.all())) {
			publisher.publish(uri, all);
		}
		return null;
	}

	/** The same findings in any order: the full check lists them in another order than fast + carried. */
	private static boolean sameFindings(List<Issue> a, List<Issue> b) {
		return a.size() == b.size() && keys(a).equals(keys(b));
	}

	private static List<String> keys(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + "|" + i.getCode() + "|" + i.getOffset() + "|" + i.getLength()
				+ "|" + i.getLineNumber() + ":" + i.getColumn() + "|" + i.getMessage() + "|"
				+ (i.getData() == null ? "" : String.join("\u0001", i.getData()))).sorted().toList();
	}

	private ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor known = timer;
		if (known == null) {
			synchronized (this) {
				if (timer == null) {
					ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, work -> {
						Thread thread = new Thread(work, "mentor-paused-checks");
						thread.setDaemon(true); // never keeps the server's process alive
						return thread;
					});
					created.setRemoveOnCancelPolicy(true);
					created.setKeepAliveTime(10, TimeUnit.SECONDS);
					created.allowCoreThreadTimeOut(true);
					timer = created;
				}
				known = timer;
			}
		}
		return known;
	}
}
