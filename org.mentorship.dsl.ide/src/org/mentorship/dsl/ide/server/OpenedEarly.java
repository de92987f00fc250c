package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.mentorship.dsl.parser.SourceText;
import org.mentorship.dsl.validation.InternalErrors;

/**
 * The document an editor opened, checked before the first build has parsed the other files, against only the files
 * it can depend on. A file's findings depend on other files only through the names it looks up in the index (its
 * programme, the programme's defaults, its id used elsewhere), and a file can export a name only if the name starts
 * with the file's id ({@link DeclaredId}, read from the file's first words). So:
 * <ol>
 * <li>the document, and every file whose id cannot be read that way, are parsed into a resource set of their own,
 * with an index of every file in which only these are parsed, and which notes what it is asked ({@link AskedNames});</li>
 * <li>the document is linked and validated; if a name was looked up whose files are not all in the index yet,
 * those files are added and the check is made again (a programme's defaults may name another programme);</li>
 * <li>once every name looked up was answered from all the files that can declare it, the findings are those the
 * whole workspace gives, and are published at once. If anything was asked that only the whole index can answer
 * (every name of a type, say), or the files to read grow past {@link #MOST_FILES}, nothing is published here and the
 * document waits for the build as before.</li>
 * </ol>
 * The build then checks the document again with every file and publishes what it finds (the same). On a first start
 * of 1,000 agreements this brings the opened file's diagnostics before the other files are parsed
 * (docs/benchmarks.md); a later start shows the last session's at once anyway (LastSessionDiagnostics).
 */
public final class OpenedEarly {

	/** More files than this to read first, and the build (on every core) is the quicker way. */
	static final int MOST_FILES = 64;

	/** The part of a file read for its id: past this, a file whose first words are not all read counts as unreadable. */
	private static final int HEAD_BYTES = 64 * 1024;

	private static final int MOST_ROUNDS = 4;

	private static final AtomicLong PUBLISHED = new AtomicLong();

	private static final Logger LOG = Logger.getLogger(OpenedEarly.class);

	private final ProjectManager project;
	private final IResourceServiceProvider.Registry languages;
	private final List<URI> files;

	/** Each file's id (first segment, lower case), or null where it cannot be read: read on first use. */
	private Map<URI, String> ids;

	private final Set<URI> tried = new HashSet<>();

	/** For the files of a project (the first build's list). */
	public OpenedEarly(ProjectManager project, IResourceServiceProvider.Registry languages, List<URI> files) {
		this.project = project;
		this.languages = languages;
		this.files = files;
	}

	/** How many documents got their diagnostics this way in this JVM (for tests). */
	public static long published() {
		return PUBLISHED.get();
	}

	/**
	 * Checks each document the editor opened since the last call, while the other files are still being parsed (once
	 * they are, the build's second phase, the opened documents first, is the quicker way).
	 */
	void checkNewlyOpened(OpenedFirst opened, BooleanSupplier othersStillParsing,
			Procedure2<? super URI, ? super Iterable<Issue>> publish, CancelIndicator cancel) {
		for (URI document : opened.documents()) {
			if (othersStillParsing.getAsBoolean() && tried.add(document)) {
				publish(document, opened.textOf(document), publish, cancel);
			}
		}
	}

	/**
	 * Publishes the document's findings if they can be had from a few files and the editor shows the file's text (null:
	 * no editor); whether it did. Otherwise the build publishes them, as it does every file's.
	 */
	public boolean publish(URI document, String editorText, Procedure2<? super URI, ? super Iterable<Issue>> publish,
			CancelIndicator cancel) {
		try {
			long start = System.nanoTime();
			Result result = check(document, cancel);
			boolean early = result != null && (editorText == null || result.text().equals(editorText));
			// in the log of `mentor lsp --log FILE` only (see FirstBuild: without an appender log4j warns on stderr)
			if (Logger.getRootLogger().getAllAppenders().hasMoreElements()) {
				LOG.info("Checked " + document.lastSegment() + (early ? " before the other files, from " + result.filesRead()
						+ " of " + files.size() + " files," : " against a few files, but left it to the build,") + " in "
						+ (System.nanoTime() - start) / 1_000_000 + " ms");
			}
			if (early) {
				publish.apply(document, result.issues());
				PUBLISHED.incrementAndGet();
				return true;
			}
		} catch (RuntimeException | StackOverflowError e) {
			if (InternalErrors.mustPropagate(e)) {
				throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
			}
			// the build checks the document as it checks every file, and reports what fails there its way
		}
		return false;
	}

	/**
	 * The document's issues as the whole workspace gives them, with its text on disk as the resource holds it, or null
	 * when they cannot be had from a few files.
	 */
	private Result check(URI document, CancelIndicator cancel) {
		if (!files.contains(document)) {
			return null;
		}
		if (ids == null) {
			ids = readIds(document);
		}
		Set<URI> included = new LinkedHashSet<>();
		included.add(document);
		ids.forEach((file, id) -> {
			if (id == null) {
				included.add(file);
			}
		});
		for (int round = 0; round < MOST_ROUNDS && included.size() <= MOST_FILES && !cancel.isCanceled(); round++) {
			Round checked = checkWith(document, included, cancel);
			if (checked == null || cancel.isCanceled()) {
				return null; // a validation cut short has not found everything
			}
			Set<URI> needed = new LinkedHashSet<>();
			ids.forEach((file, id) -> {
				if (id != null && checked.index.firstSegments().contains(id)) {
					needed.add(file);
				}
			});
			if (included.containsAll(needed)) {
				// every name looked up was answered by every file that can declare it; unless a file not parsed was
				// asked what it holds (a name not found lists the names there are, to suggest one)
				return checked.index.askedForMore() ? null : new Result(checked.issues, checked.text, included.size());
			}
			included.addAll(needed); // and again: with the files found, names not found before may be
		}
		return null;
	}

	/** The document's issues and the text they were found in. */
	private record Result(List<Issue> issues, String text, int filesRead) {
	}

	private record Round(AskedNames index, List<Issue> issues, String text) {
	}

	private Round checkWith(URI document, Set<URI> included, CancelIndicator cancel) {
		XtextResourceSet resources = project.createNewResourceSet(new ResourceDescriptionsData(List.of()));
		List<IResourceDescription> descriptions = new ArrayList<>();
		XtextResource opened = null;
		for (URI file : included) {
			Resource resource = resources.getResource(file, true);
			if (!(resource instanceof XtextResource xtext)) {
				return null;
			}
			descriptions.add(new ResolvedResourceDescription(
					language(xtext).getResourceDescriptionManager().getResourceDescription(xtext)));
			if (file.equals(document)) {
				opened = xtext;
			}
		}
		List<URI> notParsed = new ArrayList<>(files.size());
		for (URI file : files) {
			if (!included.contains(file)) {
				notParsed.add(file);
			}
		}
		AskedNames index = AskedNames.of(descriptions, notParsed);
		ChunkedResourceDescriptions.findInEmfObject(resources).setContainer(project.getProjectDescription().getName(), index);
		List<Issue> issues = language(opened).getResourceValidator().validate(opened, CheckMode.ALL, cancel);
		return new Round(index, issues, opened.getParseResult().getRootNode().getText());
	}

	private IResourceServiceProvider language(XtextResource resource) {
		return Languages.of(resource, languages);
	}

	private Map<URI, String> readIds(URI document) {
		Set<String> keywords = Languages.keywords(languages.getResourceServiceProvider(document));
		XtextResourceSet reader = project.createNewResourceSet(new ResourceDescriptionsData(List.of()));
		Map<URI, String> read = new HashMap<>();
		for (URI file : files) {
			read.put(file, idOf(reader, file, keywords));
		}
		return read;
	}

	private static String idOf(XtextResourceSet reader, URI file, Set<String> keywords) {
		try (InputStream in = reader.getURIConverter().createInputStream(file)) {
			byte[] head = in.readNBytes(HEAD_BYTES);
			boolean whole = in.read() < 0;
			String text = SourceText.lenient(head); // as the server reads a file (a byte order mark, UTF-16, ...)
			return DeclaredId.firstSegment(text, whole, keywords);
		} catch (IOException | RuntimeException unreadable) {
			return null; // the build meets the same problem and reports it its way
		}
	}
}
